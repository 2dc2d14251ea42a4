// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

/** One city a home install can choose at first start. */
struct CityEntry
{
    QString id; // "namur"
    QString name; // "Namur": titles, receipts
    QUrl apiUrl; // the city's API, https only
    QString mailSender; // the address the city's e-mails come from (the spam hint)
};

/**
 * The list of cities shipped in resources/cities/: cities.json and cities.json.sig, a raw
 * Ed25519 signature of the JSON's exact bytes by the release key. Only the public key is in the
 * binary; the private key never enters the repository (docs/deployment.md, "City list").
 * A list whose signature does not verify is not used at all.
 */
class CityList
{
public:
    /** The release key's 32-byte Ed25519 public key. */
    static QByteArray releasePublicKey();

    /** True when `signature` (64 bytes) is `publicKey`'s Ed25519 signature of `data`. */
    static bool verify(
        const QByteArray& data, const QByteArray& signature, const QByteArray& publicKey);

    /** The cities of a list's JSON; nullopt (and `error`) when it is malformed. */
    static std::optional<QList<CityEntry>> parse(const QByteArray& json, QString* error);

    /** Reads, verifies (release key) and parses a list; nullopt and `error` otherwise. */
    static std::optional<QList<CityEntry>> load(const QString& jsonPath,
        const QString& signaturePath, const QByteArray& publicKey, QString* error);

    /** The shipped list, :/cities/cities.json, checked with the release key. */
    static std::optional<QList<CityEntry>> loadShipped(QString* error);
};
