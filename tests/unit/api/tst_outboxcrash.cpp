// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly once, through a crash: a child process queues a submission and sends it to the
// in-process fake city over TLS; the child is killed while the city is handling it, then
// restarted. The city must end up with one request, reached twice with the same key.

#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "fakecityserver.h"
#include "store/localdatabase.h"
#include "store/requestoutbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

/** The child: `--child DB URL CAFILE [--enqueue]`; prints DELIVERED <response> when done. */
int runChild(const QStringList& args)
{
    auto db = LocalDatabase::open(args.value(2), nullptr);
    if (!db)
        return 2;
    QNetworkAccessManager network;
    ApiSettings settings;
    settings.baseUrl = QUrl(args.value(3));
    settings.caFile = args.value(4);
    CityApiClient client(settings, &network);
    ApiOutboxTransport transport(&client);
    RequestOutbox outbox(db.get());
    outbox.setBackoff(50, 200);
    outbox.setTransport(&transport);
    outbox.setCurrentUser("u1"); // the filing's own account
    QObject::connect(&outbox, &RequestOutbox::delivered, [](qint64, const QByteArray& response) {
        std::printf("DELIVERED %s\n", response.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    if (args.contains(QStringLiteral("--enqueue"))) {
        const QJsonObject body { { "service", "composition-de-menage" },
            { "data", QJsonObject { { "copies", "1" } } } };
        outbox.enqueue(
            "u1", "POST", "/requests", QJsonDocument(body).toJson(QJsonDocument::Compact));
        std::printf("QUEUED\n");
        std::fflush(stdout);
    } else {
        outbox.flush();
    }
    return QCoreApplication::exec();
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private slots:
    void exactlyOnceAcrossAKill()
    {
        QTemporaryDir dir;
        const TestIdentity ca = TestCertificates::authority("Test City CA");
        const QString caFile = dir.filePath("ca.pem");
        QVERIFY(TestCertificates::writePem(ca, caFile));
        FakeCityServer city(TestCertificates::server(ca, "IP:127.0.0.1"));

        // The city: files a request once per key and replays its answer for a repeated key.
        // While `stall` is set it does the work but never answers, like a city that is slow
        // to reply while the kiosk crashes.
        QHash<QByteArray, QJsonObject> answers;
        int created = 0;
        bool stall = true;
        FakeCityServer* server = &city;
        city.handler = [&](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            const QByteArray key = hit.headers.value("idempotency-key");
            if (key.isEmpty()) {
                FakeCityServer::answer(
                    r, 400, FakeCityServer::failure("validation", "key_missing"));
                return;
            }
            if (!answers.contains(key)) {
                ++created;
                answers.insert(
                    key, QJsonObject { { "number", QStringLiteral("195-%1").arg(created) } });
            }
            if (stall)
                server->hold(r);
            else
                FakeCityServer::answer(r, 201, FakeCityServer::ok(answers.value(key)));
        };

        const QString dbPath = dir.filePath("outbox.sqlite");
        const QStringList args { "--child", dbPath, city.baseUrl(), caFile };
        QProcess first;
        first.start(QCoreApplication::applicationFilePath(), args + QStringList { "--enqueue" });
        QVERIFY(first.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(city.hits.size(), 1, 20000);
        first.kill(); // mid-submission: the city has filed it, the child never heard back
        QVERIFY(first.waitForFinished());
        QVERIFY(first.readAllStandardOutput().contains("QUEUED"));
        QCOMPARE(created, 1);

        stall = false;
        QProcess second;
        second.start(QCoreApplication::applicationFilePath(), args);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        const QByteArray output = second.readAllStandardOutput();
        QVERIFY2(output.contains("DELIVERED") && output.contains("195-1"), output.constData());

        QCOMPARE(created, 1); // exactly one request at the city
        QCOMPARE(city.hits.size(), 2);
        QCOMPARE(city.hits.at(1).headers.value("idempotency-key"),
            city.hits.at(0).headers.value("idempotency-key"));
        QCOMPARE(city.hits.at(1).body, city.hits.at(0).body);

        // And nothing is left to send.
        auto db = LocalDatabase::open(dbPath, nullptr);
        QVERIFY(RequestOutbox(db.get()).pending().isEmpty());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(app.arguments());
    TestOutboxCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outboxcrash.moc"
