// SPDX-License-Identifier: GPL-3.0-or-later
// A card image directory (docs/virtual-card.md "Image format"): card.json, files/, keys/.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/** The content of one virtual card: ATR, GET CARD DATA bytes, files by path, PIN, key PEMs. */
struct CardImage
{
    /** 0x17 or 0x18 (GET CARD DATA byte 21); decides algorithm references and P2=01. */
    int appletVersion = 0x18;
    QByteArray atr;
    /** The 28 bytes GET CARD DATA answers. */
    QByteArray cardData;
    QString pin = QStringLiteral("1234");
    int pinTries = 3;
    /** Absolute path (e.g. 3F00 DF01 4031, as bytes) -> file content. */
    QMap<QByteArray, QByteArray> files;
    /** Key reference (0x81 basic, 0x82 authentication, 0x83 signature) -> PEM private key. */
    QMap<int, QByteArray> keys;

    /** Reads DIR; on failure returns false and explains why in *error. */
    static bool load(const QString& dir, CardImage& out, QString* error);
    /** Writes the image as DIR/card.json, DIR/files/<PATH>.bin and DIR/keys/<REF>.pem. */
    bool save(const QString& dir, QString* error) const;
    /** True when some file path starts with this DF path. */
    bool isDedicatedFile(const QByteArray& path) const;
};
