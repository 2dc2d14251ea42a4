// SPDX-License-Identifier: GPL-3.0-or-later
#include "forminput.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

FormInput::FormInput(QObject* parent)
    : QObject(parent)
{ }

QString FormInput::dateFromInput(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s*$"));
    // Eight digits in a row: what the kiosk's digits pad (which has no '/') types.
    static const QRegularExpression digitsOnly(
        QStringLiteral("^\\s*(\\d{2})(\\d{2})(\\d{4})\\s*$"));
    QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        m = digitsOnly.match(text);
    if (!m.hasMatch())
        return text.trimmed();
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : text.trimmed();
}

QString FormInput::dateForInput(const QString& iso)
{
    const QDate date = QDate::fromString(iso, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QVariantMap FormInput::readFile(const QUrl& url, qint64 maxBytes)
{
    QFile file(url.isLocalFile() ? url.toLocalFile() : url.toString());
    if (file.size() > maxBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return { { QStringLiteral("name"), QFileInfo(file).fileName() },
        { QStringLiteral("content_type"),
            QMimeDatabase().mimeTypeForFileNameAndData(file.fileName(), bytes).name() },
        { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) } };
}
