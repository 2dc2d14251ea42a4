// SPDX-License-Identifier: GPL-3.0-or-later
// The app core against the real sandbox city (eguichet-sandbox) over TLS on loopback: every
// schema the city serves parses and revalidates with its ETag, a form filled by our engine is
// accepted by the city's validator, the city's 422 lands on the right fields, and a
// submission reaches the city exactly once although the app is killed while the city is
// handling it (its answer is lost on the way back) and then restarted.

#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "formfiller.h"
#include "forms/fieldvalidator.h"
#include "forms/formmodel.h"
#include "requests/requestlistmodel.h"
#include "store/localdatabase.h"
#include "store/requestoutbox.h"
#include "tcpproxy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

const QString kDemoEmail = QStringLiteral("demo@namur.example");
const QString kDemoPassword = QStringLiteral("Demo-Namur1");
const QString kService = QStringLiteral("certificat-de-vie");

/** Logs in and waits; returns the session token, empty on failure. */
QByteArray login(CityApiClient& client, const QString& email, const QString& password)
{
    bool done = false;
    QByteArray token;
    client.post(QStringLiteral("/auth/password"),
        QJsonObject { { "email", email }, { "password", password } }, nullptr,
        [&](const ApiResult& r) {
            token = r.data.toObject().value("session_token").toString().toLatin1();
            client.setSessionToken(token);
            done = true;
        });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return token;
}

/**
 * Child: `--child DB URL CAFILE TOKEN BODYFILE [--enqueue]`, as the app would do it once
 * logged in (the session comes from the parent, so that every byte the child sends is the
 * submission itself).
 */
int runChild(const QStringList& args)
{
    auto db = LocalDatabase::open(args.value(2), nullptr);
    QNetworkAccessManager network;
    ApiSettings settings;
    settings.baseUrl = QUrl(args.value(3));
    settings.caFile = args.value(4);
    CityApiClient client(settings, &network);
    client.setSessionToken(args.value(5).toLatin1());
    if (!db)
        return 2;
    ApiOutboxTransport transport(&client);
    RequestOutbox outbox(db.get());
    outbox.setBackoff(100, 500);
    outbox.setTransport(&transport);
    outbox.setCurrentUser(QStringLiteral("demo")); // the session the parent passed is demo's
    QObject::connect(&outbox, &RequestOutbox::delivered, [](qint64, const QByteArray& response) {
        std::printf("DELIVERED %s\n", response.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QObject::connect(&outbox, &RequestOutbox::rejected, [](qint64, const QString& error) {
        std::printf("REJECTED %s\n", qPrintable(error));
        std::fflush(stdout);
        QCoreApplication::exit(3);
    });
    if (args.contains(QStringLiteral("--enqueue"))) {
        QFile body(args.value(6));
        if (!body.open(QIODevice::ReadOnly))
            return 2;
        outbox.enqueue(QStringLiteral("demo"), "POST", "/requests", body.readAll());
        std::printf("QUEUED\n");
        std::fflush(stdout);
    } else {
        outbox.flush();
    }
    return QCoreApplication::exec();
}

} // namespace

class TestCoreSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_url;
    QString m_caFile;
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_client;
    QByteArray m_token;

    ApiResult call(const ApiRequest& request)
    {
        std::optional<ApiResult> result;
        m_client->send(request, this, [&result](const ApiResult& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(ApiResult {});
    }
    ApiResult get(const QString& path, const QString& etag = {})
    {
        ApiRequest r;
        r.path = path;
        r.ifNoneMatch = etag;
        return call(r);
    }
    int requestCount()
    {
        const ApiResult r = get(QStringLiteral("/requests")); // status=all by default
        const QJsonValue data = r.data;
        return data.isArray() ? data.toArray().size()
                              : data.toObject().value("items").toArray().size();
    }

    /** certificat-de-vie filled the way the app fills it: prefill, then what is left. */
    QJsonObject filledForm(FormModel* model)
    {
        const ApiResult schema = get(QStringLiteral("/services/%1/schema").arg(kService));
        QString error;
        const auto parsed = FormSchema::fromJson(schema.data.toObject(), &error);
        if (!parsed)
            return {};
        model->setSchema(*parsed);
        const ApiResult me = get(QStringLiteral("/me"));
        QHash<QString, QString> profile;
        VerifiedIdentity identity;
        const QJsonObject fields = me.data.toObject().value("fields").toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            profile.insert(it.key(), it.value().toObject().value("value").toString());
        profile.insert("email", me.data.toObject().value("email").toString());
        // The demo citizen's card says what the profile's eID fields say.
        identity.surname = profile.value("surname");
        identity.firstNames = profile.value("first_names");
        identity.nationalNumber = profile.value("national_number");
        identity.birthDate = QDate::fromString(profile.value("birth_date"), Qt::ISODate);
        identity.birthPlace = profile.value("birth_place");
        identity.nationality = profile.value("nationality");
        identity.sex = profile.value("sex");
        identity.streetAndNumber = profile.value("street_and_number");
        identity.zip = profile.value("zip");
        identity.municipality = profile.value("municipality");
        model->applyPrefill(identity, profile);
        formfiller::completeForm(model);
        return { { "service", kService }, { "data", model->payload() } };
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(EGUICHET_SANDBOX),
            { "--listen", "127.0.0.1:0", "--state-dir", m_dir.filePath("city"), "--dev" });
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 30000);
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const QRegularExpressionMatch m
            = QRegularExpression("serving (https://127\\.0\\.0\\.1:\\d+/v1)").match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        m_url = m.captured(1);
        m_caFile = m_dir.filePath("city/tls/ca.pem");
        QVERIFY(QFile::exists(m_caFile));
        ApiSettings settings;
        settings.baseUrl = QUrl(m_url);
        settings.caFile = m_caFile;
        m_client = std::make_unique<CityApiClient>(settings, &m_network);
        m_token = login(*m_client, kDemoEmail, kDemoPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void everySchemaParsesAndRevalidates()
    {
        const ApiResult services = get("/services");
        QVERIFY2(services.ok(), qPrintable(services.userMessage()));
        int forms = 0;
        for (const QJsonValue& s : services.data.toArray()) {
            if (s.toObject().value("kind").toString() != QLatin1String("form"))
                continue;
            const QString slug = s.toObject().value("slug").toString();
            const ApiResult schema = get(QStringLiteral("/services/%1/schema").arg(slug));
            QVERIFY2(schema.ok(), qPrintable(slug));
            QString error;
            QVERIFY2(FormSchema::fromJson(schema.data.toObject(), &error),
                qPrintable(slug + ": " + error));
            QVERIFY(!schema.etag.isEmpty());
            const ApiResult again
                = get(QStringLiteral("/services/%1/schema").arg(slug), schema.etag);
            QVERIFY2(again.ok() && again.notModified, qPrintable(slug));
            ++forms;
        }
        QVERIFY(forms >= 5);
    }

    void theCityAcceptsWhatTheEngineAccepts()
    {
        FormModel model;
        const QJsonObject body = filledForm(&model);
        QVERIFY(!body.isEmpty());
        QStringList issues;
        for (const FormState::Issue& issue : model.state().validateAll())
            issues.append(issue.fieldId + ":" + QString::number(issue.code) + issue.text);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(", ")));
        ApiRequest post;
        post.method = "POST";
        post.path = "/requests";
        post.body = body;
        post.idempotencyKey = CityApiClient::newIdempotencyKey();
        post.submission = true;
        const ApiResult r = call(post);
        QVERIFY2(r.ok(), qPrintable(r.userMessage() + " " + r.fieldErrors.keys().join(',')));
    }

    void cityValidationErrorsLandOnTheirFields()
    {
        FormModel model;
        QJsonObject body = filledForm(&model);
        QJsonObject data = body.value("data").toObject();
        data.insert("phone", "12"); // the engine would refuse it; the city must too
        body.insert("data", data);
        ApiRequest post;
        post.method = "POST";
        post.path = "/requests";
        post.body = body;
        post.idempotencyKey = CityApiClient::newIdempotencyKey();
        const ApiResult r = call(post);
        QCOMPARE(r.error, ApiError::ValidationFailed);
        QVERIFY2(r.fieldErrors.contains("phone"), qPrintable(r.fieldErrors.keys().join(',')));
        model.applyServerErrors(r.fieldErrors);
        QCOMPARE(
            model.errors().first().toMap().value("fieldId").toString(), QStringLiteral("phone"));
    }

    void exactlyOnceAcrossAKill()
    {
        FormModel model;
        const QJsonObject body = filledForm(&model);
        QFile bodyFile(m_dir.filePath("body.json"));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly));
        bodyFile.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
        bodyFile.close();
        const int before = requestCount();

        // The first run goes through the relay, which loses the city's answer (plain HTTP on
        // loopback to the relay, TLS from the relay to the city); the second run goes
        // straight to the city over TLS.
        TcpProxy proxy(QUrl(m_url).port(), QSslCertificate::fromPath(m_caFile));
        proxy.passAnswers = false;
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1/v1").arg(proxy.serverPort());
        const QString db = m_dir.filePath("outbox.sqlite");
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QCoreApplication::applicationFilePath(),
            { "--child", db, viaProxy, m_caFile, QString::fromLatin1(m_token), bodyFile.fileName(),
                "--enqueue" });
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            first.canReadLine() || first.state() == QProcess::NotRunning, 30000);
        QCOMPARE(first.readLine().trimmed(), QByteArray("QUEUED"));
        QTRY_COMPARE_WITH_TIMEOUT(requestCount(), before + 1, 30000);
        first.kill();
        QVERIFY(first.waitForFinished());

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QCoreApplication::applicationFilePath(),
            { "--child", db, m_url, m_caFile, QString::fromLatin1(m_token), bodyFile.fileName() });
        QVERIFY(second.waitForStarted());
        QVERIFY(second.waitForFinished(60000));
        const QByteArray output = second.readAllStandardOutput();
        QVERIFY2(output.startsWith("DELIVERED"), output.constData());
        QCOMPARE(requestCount(), before + 1); // exactly one request at the city
    }

    void requestListFollowsTheCity()
    {
        RequestListModel list(m_client.get());
        list.load(QStringLiteral("all"));
        QTRY_VERIFY_WITH_TIMEOUT(!list.busy(), 30000);
        QVERIFY2(list.errorMessage().isEmpty(), qPrintable(list.errorMessage()));
        QCOMPARE(list.rowCount(), requestCount());
        QVERIFY(list.rowCount() >= 2); // the ones this test filed, at least
        const QModelIndex newest = list.index(0);
        QVERIFY(!newest.data(RequestListModel::NumberRole).toString().isEmpty());
        QVERIFY(!newest.data(RequestListModel::StatusLabelRole).toString().isEmpty());
        QVERIFY(newest.data(RequestListModel::SubmittedAtRole).toDateTime().isValid());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(app.arguments());
    TestCoreSandbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_core_sandbox.moc"
