// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <QUrl>
#include <QVariantList>

class CityApiClient;

/**
 * One request as "Mes demandes" shows it (GET /v1/requests/{id}): number, service, current
 * status and the visible status timeline, oldest first (FAQ 3).
 */
class RequestHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built in main()")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString number READ number NOTIFY changed)
    Q_PROPERTY(QString serviceTitle READ serviceTitle NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    /** [{at (date-time), status, statusLabel, message, current}] oldest first. */
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    /** [{docId, filename, size}] the city produced (the signed PDF, FAQ 3). */
    Q_PROPERTY(QVariantList documents READ documents NOTIFY changed)
    Q_PROPERTY(QString documentMessage READ documentMessage NOTIFY documentChanged)
    /** The last document downloaded (a local file in the session folder), for the viewer. */
    Q_PROPERTY(QUrl documentFile READ documentFile NOTIFY documentChanged)
    Q_PROPERTY(QString documentName READ documentName NOTIFY documentChanged)

public:
    explicit RequestHistory(CityApiClient* api, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    QString number() const { return m_number; }
    QString serviceTitle() const { return m_serviceTitle; }
    QString statusLabel() const { return m_statusLabel; }
    QVariantList steps() const { return m_steps; }
    QString errorMessage() const { return m_failure.ok() ? QString() : m_failure.userMessage(); }

    QVariantList documents() const { return m_documents; }
    QString documentMessage() const { return m_documentMessage; }
    QUrl documentFile() const { return m_documentFile; }
    QString documentName() const { return m_documentName; }

    /** Where downloaded documents go: the session's folder, purged at a kiosk session end. */
    void setDocumentFolder(std::function<QString()> folder) { m_folder = std::move(folder); }

    Q_INVOKABLE void load(const QString& requestId);
    /** Downloads one document of the loaded request into the folder; documentReady() then
     *  hands it to the in-app viewer (a kiosk has no other). */
    Q_INVOKABLE void openDocument(const QString& docId);
    /** Reads the city's answer (tests, and load()). */
    void apply(const QJsonObject& request);
    Q_INVOKABLE void clear();

signals:
    void changed();
    void documentChanged();
    void documentReady(const QUrl& file, const QString& name);

private:
    CityApiClient* m_api;
    bool m_busy = false;
    QString m_number;
    QString m_serviceTitle;
    QString m_statusLabel;
    QVariantList m_steps;
    QVariantList m_documents;
    QString m_requestId;
    QString m_documentMessage;
    QUrl m_documentFile;
    QString m_documentName;
    std::function<QString()> m_folder;
    ApiResult m_failure;
};
