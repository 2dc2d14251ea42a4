// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * What the card gives for an eID login (POST /v1/auth/eid/verify): the signature over the
 * city's nonce with the authentication key (after the citizen's PIN), the certificates, and
 * optionally the RRN-signed identity and address files so the city can fill the profile.
 */
struct EidLoginEvidence
{
    QString algorithm; // "SHA256withRSA" or "SHA384withECDSA" (names of the contract)
    QByteArray signature;
    QByteArray authCertificateDer;
    QList<QByteArray> chainDer; // citizen CA, optionally the root
    QByteArray identityFile;
    QByteArray identitySignature;
    QByteArray addressFile;
    QByteArray addressSignature;
    QByteArray rrnCertificateDer;
    QString nationalNumber; // never sent (the city reads the certificate): the consent's key

    /**
     * The request body of /auth/eid/verify for challengeId. accountConsent: the citizen agreed
     * that this card creates or links an account; without it the city creates nothing.
     */
    QJsonObject toJson(const QString& challengeId, bool accountConsent) const;
    /** Overwrites every byte (refused consent, session end). */
    void wipe();
    /** Maps the card library's names ("RSA-SHA256", "ECDSA-SHA384") to the contract's. */
    static QString contractAlgorithm(const QString& cardAlgorithm);
};

/**
 * Signs the nonce with the card (asks the PIN, talks to the card on its worker thread) and
 * calls `done` once on the GUI thread: the evidence, or nullopt and a message for the
 * citizen (wrong PIN, card removed…, already translated by the card side).
 */
using EidSigner = std::function<void(const QByteArray& nonce, const QStringList& acceptedAlgorithms,
    std::function<void(std::optional<EidLoginEvidence> evidence, const QString& error)> done)>;
