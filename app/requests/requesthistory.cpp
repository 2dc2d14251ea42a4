// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistory.h"

#include "api/cityapiclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

RequestHistory::RequestHistory(CityApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void RequestHistory::load(const QString& requestId)
{
    clear();
    m_requestId = requestId;
    m_busy = true;
    emit changed();
    m_api->get(QStringLiteral("/requests/%1").arg(requestId), this, [this](const ApiResult& r) {
        m_busy = false;
        if (!r.ok()) {
            m_failure = r;
            emit changed();
            return;
        }
        apply(r.data.toObject());
    });
}

void RequestHistory::apply(const QJsonObject& request)
{
    m_number = request.value(QLatin1String("number")).toString();
    m_serviceTitle = request.value(QLatin1String("service_title")).toString();
    const QJsonObject status = request.value(QLatin1String("status")).toObject();
    m_statusLabel = status.value(QLatin1String("label")).toString();
    if (request.contains(QLatin1String("id")))
        m_requestId = request.value(QLatin1String("id")).toVariant().toString();
    m_documents.clear();
    for (const QJsonValue& d : request.value(QLatin1String("documents")).toArray()) {
        const QJsonObject doc = d.toObject();
        m_documents.append(QVariantMap {
            { QStringLiteral("docId"), doc.value(QLatin1String("doc_id")).toVariant().toString() },
            { QStringLiteral("filename"), doc.value(QLatin1String("filename")).toString() },
            { QStringLiteral("size"), doc.value(QLatin1String("size")).toInt() } });
    }
    m_steps.clear();
    const QJsonArray history = request.value(QLatin1String("history")).toArray();
    for (int i = 0; i < history.size(); ++i) {
        const QJsonObject step = history.at(i).toObject();
        const QJsonObject s = step.value(QLatin1String("status")).toObject();
        m_steps.append(QVariantMap {
            { QStringLiteral("at"),
                QDateTime::fromString(step.value(QLatin1String("at")).toString(), Qt::ISODate)
                    .toLocalTime()
                    .date() },
            { QStringLiteral("status"), s.value(QLatin1String("id")).toString() },
            { QStringLiteral("statusLabel"), s.value(QLatin1String("label")).toString() },
            { QStringLiteral("message"), step.value(QLatin1String("message")).toString() },
            { QStringLiteral("current"), i == history.size() - 1 } });
    }
    emit changed();
}

void RequestHistory::clear()
{
    m_busy = false;
    m_number.clear();
    m_serviceTitle.clear();
    m_statusLabel.clear();
    m_steps.clear();
    m_documents.clear();
    m_requestId.clear();
    m_failure = {};
    emit changed();
    if (!m_documentMessage.isEmpty() || !m_documentFile.isEmpty()) {
        m_documentMessage.clear();
        m_documentFile.clear();
        m_documentName.clear();
        emit documentChanged();
    }
}

void RequestHistory::openDocument(const QString& docId)
{
    QString filename;
    for (const QVariant& d : m_documents) {
        if (d.toMap().value(QStringLiteral("docId")).toString() == docId)
            filename = QFileInfo(d.toMap().value(QStringLiteral("filename")).toString()).fileName();
    }
    if (filename.isEmpty() || m_requestId.isEmpty() || !m_folder)
        return;
    m_documentMessage = tr("Téléchargement…");
    emit documentChanged();
    const QString requestId = m_requestId;
    m_api->get(QStringLiteral("/requests/%1/documents/%2").arg(requestId, docId), this,
        [this, filename](const ApiResult& r) {
            if (!r.ok()) {
                m_documentMessage = r.userMessage();
                emit documentChanged();
                return;
            }
            const QString path = QDir(m_folder()).filePath(filename);
            QFile file(path);
            const bool saved = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(r.body) == r.body.size();
            file.close();
            if (!saved) {
                m_documentMessage = tr("Le document n'a pas pu être ouvert sur cet appareil.");
                emit documentChanged();
                return;
            }
            m_documentMessage.clear();
            m_documentFile = QUrl::fromLocalFile(path);
            m_documentName = filename;
            emit documentChanged();
            emit documentReady(m_documentFile, m_documentName);
        });
}
