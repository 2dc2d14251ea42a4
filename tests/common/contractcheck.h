// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every answer of the sandbox city checked against docs/api/openapi.yaml, the contract a real
// city implements. One validator process (tests/common/contract-validator.py, Debian's
// python3-jsonschema) per test process; ApiClient (tests/e2e/api) hands it each answer, so
// every API test checks every body without a line of its own.
//
// EGUICHET_CONTRACT_VALIDATOR and EGUICHET_OPENAPI_YAML are the script's and the contract's
// paths (set by the API test kit's CMakeLists).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

class ContractCheck
{
public:
    /** The one checker of this process (its validator lives until the process ends). */
    static ContractCheck& instance()
    {
        // Never destroyed: the validator ends by itself when its stdin closes with us.
        static ContractCheck* check = new ContractCheck;
        return *check;
    }

    /**
     * What in this answer differs from the contract (empty: it matches, or the path is not
     * the API's, like /dev/ and /provider/). A validator that cannot run is a difference too:
     * nothing passes unchecked.
     */
    QStringList check(const QByteArray& method, const QString& path, int status,
        const QByteArray& contentType, const QByteArray& body,
        const QMap<QByteArray, QByteArray>& headers)
    {
        if (!ensureStarted())
            return { m_broken };
        const QJsonObject question { { "method", QString::fromLatin1(method) }, { "path", path },
            { "status", status }, { "content_type", QString::fromLatin1(contentType) },
            { "body", QString::fromUtf8(body) }, { "headers", toJson(headers) } };
        m_process.write(QJsonDocument(question).toJson(QJsonDocument::Compact) + '\n');
        const QByteArray line = readLine(30000);
        const QJsonObject answer = QJsonDocument::fromJson(line).object();
        if (!answer.contains("errors")) {
            m_broken = QStringLiteral("contract validator gave no answer (%1): %2")
                           .arg(QString::fromUtf8(line),
                               QString::fromUtf8(m_process.readAllStandardError()));
            return { m_broken };
        }
        ++m_checked;
        QStringList errors;
        for (const QJsonValue& e : answer.value("errors").toArray())
            errors << e.toString();
        return errors;
    }

    /** Answers checked so far in this process. */
    int checkedCount() const { return m_checked; }

    /**
     * check() and, on a difference, a test failure that names it (the first failure of the
     * running test function; every difference is also printed as a warning).
     */
    static QStringList verify(const QByteArray& method, const QString& path, int status,
        const QByteArray& contentType, const QByteArray& body,
        const QMap<QByteArray, QByteArray>& headers)
    {
        const QStringList problems
            = instance().check(method, path, status, contentType, body, headers);
        if (problems.isEmpty())
            return problems;
        const QString text = QStringLiteral("the answer breaks docs/api/openapi.yaml:\n  ")
            + problems.join(QStringLiteral("\n  "));
        qWarning().noquote() << text;
        if (!QTest::currentTestFailed())
            QTest::qFail(qPrintable(text), __FILE__, __LINE__);
        return problems;
    }

private:
    ContractCheck() = default;

    /** headers: lower-case names, as ApiReply keeps them. */
    static QJsonObject toJson(const QMap<QByteArray, QByteArray>& headers)
    {
        QJsonObject out;
        for (auto it = headers.begin(); it != headers.end(); ++it)
            out.insert(QString::fromLatin1(it.key().toLower()), QString::fromLatin1(it.value()));
        return out;
    }

    bool ensureStarted()
    {
        if (m_process.state() == QProcess::Running)
            return true;
        if (!m_broken.isEmpty())
            return false;
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(
            { QStringLiteral(EGUICHET_CONTRACT_VALIDATOR), QStringLiteral(EGUICHET_OPENAPI_YAML) });
        m_process.start();
        const QByteArray ready = m_process.waitForStarted(10000) ? readLine(30000) : QByteArray();
        if (!QJsonDocument::fromJson(ready).object().value("ready").toBool()) {
            m_broken = QStringLiteral("contract validator did not start (/usr/bin/python3 %1 needs "
                                      "python3-jsonschema and python3-yaml: ./run.sh deps): %2")
                           .arg(QStringLiteral(EGUICHET_CONTRACT_VALIDATOR),
                               QString::fromUtf8(ready + m_process.readAllStandardError()));
            m_process.kill();
            m_process.waitForFinished(1000);
            return false;
        }
        return true;
    }

    QByteArray readLine(int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!m_process.canReadLine() && !deadline.hasExpired()
            && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

    QProcess m_process;
    QString m_broken;
    int m_checked = 0;
};
