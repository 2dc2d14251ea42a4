// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk heartbeat: contract body, the city's pace, and never the citizen's session.

#include "api/cityapiclient.h"
#include "api/deviceheartbeat.h"
#include "fakecityserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDeviceHeartbeat : public QObject
{
    Q_OBJECT

private slots:
    void reportsAtTheCitysPace()
    {
        QTemporaryDir dir;
        const TestIdentity ca = TestCertificates::authority("Test City CA");
        QVERIFY(TestCertificates::writePem(ca, dir.filePath("ca.pem")));
        FakeCityServer city(TestCertificates::server(ca, "IP:127.0.0.1"));
        city.handler = [](const FakeCityServer::Hit&, QHttpServerResponder& r) {
            FakeCityServer::answer(r, 200,
                FakeCityServer::ok(
                    QJsonObject { { "status", "degraded" }, { "next_heartbeat_s", 1 } }));
        };
        QNetworkAccessManager network;
        ApiSettings settings;
        settings.baseUrl = QUrl(city.baseUrl());
        settings.caFile = dir.filePath("ca.pem");
        CityApiClient api(settings, &network);
        api.setSessionToken("citizen-token");

        DeviceHeartbeat heartbeat(&api, "kiosk-hall-1");
        heartbeat.setReader("ok", "ACS ACR38U");
        heartbeat.setPrinter("paper_low");
        QSignalSpy reported(&heartbeat, &DeviceHeartbeat::reported);
        heartbeat.start();
        QVERIFY(reported.wait(5000));
        QCOMPARE(heartbeat.cityStatus(), QStringLiteral("degraded"));
        QCOMPARE(heartbeat.intervalSeconds(), 1);
        QVERIFY(reported.wait(3000)); // the next one, at the pace the city asked
        heartbeat.stop();

        const FakeCityServer::Hit& hit = city.hits.first();
        QCOMPARE(hit.path, QStringLiteral("/v1/devices/kiosk-hall-1/heartbeat"));
        QVERIFY(!hit.headers.contains("authorization")); // the device speaks, not the citizen
        const QJsonObject body = QJsonDocument::fromJson(hit.body).object();
        QCOMPARE(body.value("reader").toObject().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(
            body.value("reader").toObject().value("name").toString(), QStringLiteral("ACS ACR38U"));
        QCOMPARE(body.value("printer").toObject().value("status").toString(),
            QStringLiteral("paper_low"));
        QVERIFY(body.contains("version") && body.contains("uptime_s"));

        // With a probe (the kiosk's CUPS queue), each report says the printer as it is now.
        city.hits.clear();
        QStringList states { QStringLiteral("ok"), QStringLiteral("paper_out") };
        heartbeat.setPrinterProbe(
            [&] { return states.isEmpty() ? QString() : states.takeFirst(); });
        heartbeat.sendNow();
        QVERIFY(reported.wait(5000));
        heartbeat.sendNow();
        QVERIFY(reported.wait(5000));
        QCOMPARE(city.hits.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(city.hits.at(0).body)
                     .object()
                     .value("printer")
                     .toObject()
                     .value("status")
                     .toString(),
            QStringLiteral("ok"));
        QCOMPARE(QJsonDocument::fromJson(city.hits.at(1).body)
                     .object()
                     .value("printer")
                     .toObject()
                     .value("status")
                     .toString(),
            QStringLiteral("paper_out"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceHeartbeat)
#include "tst_deviceheartbeat.moc"
