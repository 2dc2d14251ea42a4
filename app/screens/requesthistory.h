// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
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

    /** Where downloaded documents go (the session's folder, purged at a kiosk session end)
     *  and what opens them (the system's viewer; tests record the file instead). */
    void setDocumentFolder(std::function<QString()> folder) { m_folder = std::move(folder); }
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    Q_INVOKABLE void load(const QString& requestId);
    /** Downloads one document of the loaded request into the folder and opens it. */
    Q_INVOKABLE void openDocument(const QString& docId);
    /** Reads the city's answer (tests, and load()). */
    void apply(const QJsonObject& request);
    Q_INVOKABLE void clear();

signals:
    void changed();
    void documentChanged();

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
    std::function<QString()> m_folder;
    std::function<bool(const QUrl&)> m_opener;
    ApiResult m_failure;
};
