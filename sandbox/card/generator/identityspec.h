// SPDX-License-Identifier: GPL-3.0-or-later
// What the generator writes on a card: identity, address and card parameters.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

/** The citizen and card as given on the eguichet-cardgen command line (defaults: a Namur
    citizen). Dates are real dates; the card formats them itself. */
struct IdentitySpec
{
    QString applet = QStringLiteral("1.8");
    QString cardNumber; // 12 digits; empty = derived with valid check digits
    QDate validityBegin = QDate(2024, 3, 1);
    QDate validityEnd = QDate(2034, 3, 1);
    QString issuingMunicipality = QStringLiteral("Namur");
    QString nationalNumber; // 11 digits; empty = derived from birth date and sex
    QString surname = QStringLiteral("Specimen");
    QString firstNames = QStringLiteral("Amélie Françoise");
    QString thirdNameInitial = QStringLiteral("J");
    QString nationality = QStringLiteral("Belge");
    QString birthPlace = QStringLiteral("Namur");
    /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" (partial dates exist on foreigners' cards). */
    QString birthDate = QStringLiteral("1985-06-14");
    QString sex = QStringLiteral("F");
    QString nobleCondition;
    int documentType = 1;
    int specialStatus = 0;
    QString duplicate; // tag 12, written when not empty
    bool memberOfFamily = false;
    /** Further tags (13, 15-1F) as (tag, ASCII value), for foreigner cards. */
    QList<QPair<int, QString>> extraTags;
    QString street = QStringLiteral("Rue de Fer 42");
    QString zip = QStringLiteral("5000");
    QString municipality = QStringLiteral("Namur");
    QString pin = QStringLiteral("1234");
    /** Kids cards (< 12 y) carry no authentication or signature certificate. */
    bool withCertificates = true;
    /** Photo hash and RSA data-signature hash on 1.7 cards: sha256 (CA4 era) or sha1 (older).
        1.8 cards always use SHA-384 with ECDSA. */
    QString rsaHash = QStringLiteral("sha256");
    bool is18() const { return applet == QStringLiteral("1.8"); }

    /** The card number, derived if not given (check digits: first 10 mod 97, 97 for 0). */
    QString effectiveCardNumber() const;
    /** The national number, derived if not given (YYMMDD + SSS odd for M + 97 check). */
    QString effectiveNationalNumber() const;
    /** Tag 0C text: French "DD MMMM YYYY" with 4-character months ("14 JUIN 1985"). */
    QString cardBirthDate() const;
    /** Empty when fine; otherwise what is wrong with the fields. */
    QString validate() const;
};
