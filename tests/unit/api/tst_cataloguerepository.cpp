// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue shows at once from the cache, is revalidated with its ETag, is kept per
// language, and still shows (marked stale) when the city cannot be reached.

#include "api/cityapiclient.h"
#include "catalogue/cataloguerepository.h"
#include "fakecityserver.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

class TestCatalogueRepository : public QObject
{
    Q_OBJECT

private:
    CatalogueRepository::Answer fetch(CatalogueRepository& repository, const QString& path)
    {
        std::optional<CatalogueRepository::Answer> answer;
        repository.fetch(
            path, this, [&answer](const CatalogueRepository::Answer& a) { answer = a; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
        return answer.value_or(CatalogueRepository::Answer {});
    }

private slots:
    void revalidatesAndWorksOffline()
    {
        QTemporaryDir dir;
        const TestIdentity ca = TestCertificates::authority("Test City CA");
        QVERIFY(TestCertificates::writePem(ca, dir.filePath("ca.pem")));
        auto city = std::make_unique<FakeCityServer>(TestCertificates::server(ca, "IP:127.0.0.1"));
        int version = 1;
        city->handler = [&version](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            const QByteArray etag = "\"" + hit.headers.value("accept-language") + "-"
                + QByteArray::number(version) + "\"";
            if (hit.headers.value("if-none-match") == etag) {
                r.write(QHttpServerResponder::StatusCode::NotModified);
                return;
            }
            const QJsonArray services { QJsonObject { { "slug", "acte" },
                { "title", QString::fromLatin1(hit.headers.value("accept-language")) },
                { "version", version } } };
            FakeCityServer::answer(r, 200, FakeCityServer::ok(services), { { "ETag", etag } });
        };
        LocalStore store(dir.filePath("data"), AppMode::Home);
        QVERIFY(store.open(nullptr));
        QNetworkAccessManager network;
        ApiSettings settings;
        settings.baseUrl = QUrl(city->baseUrl());
        settings.caFile = dir.filePath("ca.pem");
        settings.maxRetries = 0;
        CityApiClient client(settings, &network);
        CatalogueRepository repository(&client, store.catalogue());

        QVERIFY(!repository.cached("/services"));
        CatalogueRepository::Answer a = fetch(repository, "/services");
        QVERIFY(!a.fromCache);
        QCOMPARE(
            a.data.toArray().first().toObject().value("title").toString(), QStringLiteral("fr"));
        QVERIFY(repository.cached("/services")); // shown at once next time

        a = fetch(repository, "/services");
        QVERIFY(a.fromCache && !a.stale);
        QCOMPARE(city->hits.last().headers.value("if-none-match"), QByteArray("\"fr-1\""));

        version = 2; // the city changed its catalogue
        a = fetch(repository, "/services");
        QVERIFY(!a.fromCache);
        QCOMPARE(a.data.toArray().first().toObject().value("version").toInt(), 2);

        client.setLanguage("nl"); // another language is another document
        QVERIFY(!repository.cached("/services"));
        a = fetch(repository, "/services");
        QCOMPARE(
            a.data.toArray().first().toObject().value("title").toString(), QStringLiteral("nl"));

        city.reset(); // offline
        a = fetch(repository, "/services");
        QVERIFY(a.fromCache && a.stale);
        QCOMPARE(
            a.data.toArray().first().toObject().value("title").toString(), QStringLiteral("nl"));
        a = fetch(repository, "/categories"); // never fetched: nothing to show
        QCOMPARE(a.failure.error, ApiError::NetworkUnreachable);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueRepository)
#include "tst_cataloguerepository.moc"
