// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardimage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool readAll(const QString& path, QByteArray& out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    return true;
}

bool writeAll(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool CardImage::load(const QString& dir, CardImage& out, QString* error)
{
    QByteArray json;
    if (!readAll(dir + QStringLiteral("/card.json"), json, error))
        return false;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("card.json: %1").arg(parseError.errorString());
        return false;
    }
    out = CardImage {};
    out.appletVersion
        = root.value(QStringLiteral("applet")).toString() == QStringLiteral("1.7") ? 0x17 : 0x18;
    out.atr = QByteArray::fromHex(root.value(QStringLiteral("atr")).toString().toLatin1());
    out.cardData
        = QByteArray::fromHex(root.value(QStringLiteral("card_data")).toString().toLatin1());
    out.pin = root.value(QStringLiteral("pin")).toString(QStringLiteral("1234"));
    out.pinTries = root.value(QStringLiteral("pin_tries")).toInt(3);
    if (out.atr.isEmpty() || out.cardData.size() != 28) {
        *error = QStringLiteral("card.json: atr missing or card_data not 28 bytes");
        return false;
    }
    const QDir files(dir + QStringLiteral("/files"));
    for (const QString& name : files.entryList({ QStringLiteral("*.bin") }, QDir::Files)) {
        QByteArray content;
        if (!readAll(files.filePath(name), content, error))
            return false;
        out.files.insert(QByteArray::fromHex(name.chopped(4).toLatin1()), content);
    }
    const QDir keys(dir + QStringLiteral("/keys"));
    for (const QString& name : keys.entryList({ QStringLiteral("*.pem") }, QDir::Files)) {
        QByteArray pem;
        if (!readAll(keys.filePath(name), pem, error))
            return false;
        out.keys.insert(name.chopped(4).toInt(nullptr, 16), pem);
    }
    if (out.files.isEmpty()) {
        *error = QStringLiteral("%1 holds no files/*.bin").arg(dir);
        return false;
    }
    return true;
}

bool CardImage::save(const QString& dir, QString* error) const
{
    if (!QDir().mkpath(dir + QStringLiteral("/files"))
        || !QDir().mkpath(dir + QStringLiteral("/keys"))) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("applet"),
        appletVersion == 0x17 ? QStringLiteral("1.7") : QStringLiteral("1.8"));
    root.insert(QStringLiteral("atr"), QString::fromLatin1(atr.toHex().toUpper()));
    root.insert(QStringLiteral("card_data"), QString::fromLatin1(cardData.toHex().toUpper()));
    root.insert(QStringLiteral("pin"), pin);
    root.insert(QStringLiteral("pin_tries"), pinTries);
    if (!writeAll(dir + QStringLiteral("/card.json"), QJsonDocument(root).toJson(), error))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString name = QString::fromLatin1(it.key().toHex().toUpper());
        if (!writeAll(
                dir + QStringLiteral("/files/") + name + QStringLiteral(".bin"), it.value(), error))
            return false;
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString name = QString::number(it.key(), 16).toUpper();
        if (!writeAll(
                dir + QStringLiteral("/keys/") + name + QStringLiteral(".pem"), it.value(), error))
            return false;
    }
    return true;
}

bool CardImage::isDedicatedFile(const QByteArray& path) const
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().size() > path.size() && it.key().startsWith(path))
            return true;
    }
    return false;
}
