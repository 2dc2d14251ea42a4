// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantMap>

/**
 * What the form's delegates need turned into the contract's values (docs/api/form-schema.md):
 * dates typed the Belgian way (30/07/1985, 30.07.1985, 30-7-1985, or 30071985 on a digits pad)
 * to YYYY-MM-DD and back, and
 * a chosen file to {name, content_type, base64}.
 */
class FormInput : public QObject
{
    Q_OBJECT

public:
    explicit FormInput(QObject* parent = nullptr);

    /** "30/07/1985" → "1985-07-30"; what cannot be read is given back as typed (the form's
     *  validator then says it is not a date). */
    Q_INVOKABLE static QString dateFromInput(const QString& text);
    /** "1985-07-30" → "30/07/1985"; anything else unchanged. */
    Q_INVOKABLE static QString dateForInput(const QString& iso);
    /** The file as the form submits it; empty when unreadable or over maxBytes. */
    Q_INVOKABLE static QVariantMap readFile(const QUrl& url, qint64 maxBytes = 10 * 1024 * 1024);
};
