// SPDX-License-Identifier: GPL-3.0-or-later
// What every resource group of the server shares; built once in cityserver.cpp.
#pragma once

#include "cityoptions.h"
#include "passwords.h"

#include <QSqlDatabase>

class Catalogue;
class CrlCache;
class LoginThrottle;
class Mailbox;
class PaymentService;
class SessionStore;
class Workflow;

struct CityContext
{
    CityOptions options;
    QByteArray stationCaPem; // the CA station certificates must chain to (tls/ca.pem)
    QSqlDatabase db;
    PasswordPolicy passwordPolicy;
    Catalogue* catalogue = nullptr;
    LoginThrottle* throttle = nullptr;
    Mailbox* mailbox = nullptr;
    PaymentService* payments = nullptr;
    SessionStore* sessions = nullptr;
    Workflow* workflow = nullptr;
    CrlCache* crls = nullptr; // eID certificates' revocation lists (eidrevocation.h)
};
