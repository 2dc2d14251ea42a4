// SPDX-License-Identifier: GPL-3.0-or-later
// A request from the form to the city: schema from the cache then current, draft restored
// and prefill applied, submission through the outbox, the city's 422 back on the fields, a
// language change keeping what was typed.

#include "api/apioutboxtransport.h"
#include "api/cityapiclient.h"
#include "catalogue/cataloguerepository.h"
#include "fakecityserver.h"
#include "requests/requestcontroller.h"
#include "store/localdatabase.h"
#include "store/localstore.h"
#include "store/requestoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject schemaJson(const QString& lang)
{
    const bool nl = lang == QLatin1String("nl");
    const QJsonArray fields {
        QJsonObject { { "id", "surname" }, { "type", "string" }, { "label", nl ? "Naam" : "Nom" },
            { "required", true },
            { "prefill", QJsonObject { { "source", "eid" }, { "attribute", "surname" } } } },
        QJsonObject { { "id", "phone" }, { "type", "string" }, { "label", "Tel" },
            { "validation", QJsonObject { { "type", "phone" } } },
            { "prefill", QJsonObject { { "source", "profile" }, { "attribute", "phone" } } } },
        QJsonObject { { "id", "copies" }, { "type", "string" }, { "label", "Ex." },
            { "required", true }, { "validation", QJsonObject { { "type", "digits" } } } },
        QJsonObject { { "id", "kind" }, { "type", "item" }, { "label", "Sorte" },
            { "options",
                QJsonArray { QJsonObject { { "value", "copy" }, { "label", "Copie" },
                                 { "price_cents", 300 } },
                    QJsonObject { { "value", "extract" }, { "label", "Extrait" } } } } },
    };
    return { { "slug", "acte" }, { "version", 1 }, { "title", nl ? "Akte" : "Acte" },
        { "pages",
            QJsonArray {
                QJsonObject { { "id", "p1" }, { "title", "P1" }, { "fields", fields } } } } };
}

} // namespace

class TestRequestController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestIdentity m_ca = TestCertificates::authority("Test City CA");
    std::unique_ptr<FakeCityServer> m_city;
    QNetworkAccessManager m_network;
    std::unique_ptr<CityApiClient> m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiOutboxTransport> m_transport;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    bool m_reject = false;
    int m_created = 0;

    std::unique_ptr<RequestController> controller()
    {
        auto c = std::make_unique<RequestController>(
            m_catalogue.get(), m_store->outbox(), m_store->drafts());
        c->setUser("u-1");
        VerifiedIdentity identity;
        identity.surname = "Dupont";
        c->setIdentity(identity);
        c->setProfile({ { "phone", "081246000" } });
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestCertificates::writePem(m_ca, m_dir.filePath("ca.pem")));
        m_city = std::make_unique<FakeCityServer>(TestCertificates::server(m_ca, "IP:127.0.0.1"));
        m_city->handler = [this](const FakeCityServer::Hit& hit, QHttpServerResponder& r) {
            const QString lang = QString::fromLatin1(hit.headers.value("accept-language"));
            if (hit.path == "/v1/services/acte/schema") {
                FakeCityServer::answer(r, 200, FakeCityServer::ok(schemaJson(lang)),
                    { { "ETag", "\"" + lang.toLatin1() + "\"" } });
            } else if (hit.path == "/v1/requests" && m_reject) {
                FakeCityServer::answer(r, 422,
                    FakeCityServer::failure("validation", "validation_failed",
                        QJsonObject { { "copies", QJsonArray { "20 au plus." } } }));
            } else if (hit.path == "/v1/services") {
                FakeCityServer::answer(r, 200,
                    FakeCityServer::ok(
                        QJsonArray { QJsonObject { { "slug", "autre" }, { "price_cents", 900 } },
                            QJsonObject { { "slug", "acte" }, { "price_cents", 200 } } }));
            } else if (hit.path == "/v1/requests") {
                ++m_created;
                FakeCityServer::answer(r, 201,
                    FakeCityServer::ok(QJsonObject { { "number", "195-12" },
                        { "service_title", "Acte de naissance" },
                        { "submitted_at", "2026-11-21T13:05:00Z" }, { "amount_cents", 1500 },
                        { "next", QJsonObject { { "type", "payment" } } } }));
            } else {
                FakeCityServer::answer(r, 404, FakeCityServer::failure("not_found", "not_found"));
            }
        };
        ApiSettings settings;
        settings.baseUrl = QUrl(m_city->baseUrl());
        settings.caFile = m_dir.filePath("ca.pem");
        m_api = std::make_unique<CityApiClient>(settings, &m_network);
        m_store = std::make_unique<LocalStore>(m_dir.filePath("data"), AppMode::Home);
        QVERIFY(m_store->open(nullptr));
        m_transport = std::make_unique<ApiOutboxTransport>(m_api.get());
        m_store->outbox()->setTransport(m_transport.get());
        m_catalogue = std::make_unique<CatalogueRepository>(m_api.get(), m_store->catalogue());
    }

    void fillsDraftsAndSubmits()
    {
        auto requests = controller();
        requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 5000);
        FormModel* form = requests->form();
        QCOMPARE(form->state().value("surname").toString(), QStringLiteral("Dupont"));
        QVERIFY(form->state().isLocked("surname"));
        QCOMPARE(form->state().value("phone").toString(), QStringLiteral("081246000"));
        QVERIFY(!requests->submit()); // copies missing: nothing is sent
        QCOMPARE(
            form->errors().first().toMap().value("fieldId").toString(), QStringLiteral("copies"));
        form->setValue("copies", "3");
        // The draft is written shortly after typing, and restored by the next controller.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->drafts()->load("u-1", "acte").has_value(), 3000);
        {
            auto again = controller();
            again->open("acte"); // the schema is cached now: editing at once
            QCOMPARE(again->state(), RequestController::Editing);
            QCOMPARE(again->form()->state().value("copies").toString(), QStringLiteral("3"));
            QTRY_VERIFY_WITH_TIMEOUT(!again->stale(), 5000); // the city confirmed it (304)
        }

        QVERIFY(requests->submit());
        QCOMPARE(requests->state(), RequestController::Sending);
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Submitted, 10000);
        QCOMPARE(requests->requestNumber(), QStringLiteral("195-12"));
        QCOMPARE(m_created, 1);
        QVERIFY(!m_store->drafts()->load("u-1", "acte")); // sent: the draft goes
        // The receipt's facts come from the city's answer.
        const RequestController::Submission& filed = requests->submission();
        QCOMPARE(filed.number, QStringLiteral("195-12"));
        QCOMPARE(filed.serviceTitle, QStringLiteral("Acte de naissance"));
        QCOMPARE(filed.submittedAt, QDateTime(QDate(2026, 11, 21), QTime(13, 5), Qt::UTC));
        QCOMPARE(filed.amountCents, 1500);
        QVERIFY(filed.awaitsPayment);
        QByteArray posted;
        for (const FakeCityServer::Hit& hit : m_city->hits) {
            if (hit.method == "POST" && hit.path == "/v1/requests")
                posted = hit.body;
        }
        const QJsonObject body = QJsonDocument::fromJson(posted).object();
        QCOMPARE(body.value("service").toString(), QStringLiteral("acte"));
        QCOMPARE(body.value("data").toObject().value("copies").toString(), QStringLiteral("3"));
    }

    void priceFollowsServiceOptionsAndCopies()
    {
        auto requests = controller();
        requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 5000);
        // The service's own price comes from the catalogue (the city's list).
        QTRY_COMPARE_WITH_TIMEOUT(requests->priceCents(), 200, 5000);
        requests->form()->setValue("kind", "copy");
        QCOMPARE(requests->priceCents(), 500);
        requests->form()->setValue("copies", "3");
        QCOMPARE(requests->priceCents(), 1500); // (200 + 300) x 3, as the city counts
        requests->form()->setValue("kind", "extract");
        QCOMPARE(requests->priceCents(), 600);
        requests->discard();
        QCOMPARE(requests->priceCents(), 0);
    }

    void restoredDraftIsSaid_startOverEmptiesTheForm()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            auto first = controller();
            first->open("acte");
            QTRY_COMPARE_WITH_TIMEOUT(first->state(), RequestController::Editing, 5000);
            QVERIFY(!first->draftRestored()); // nothing saved yet
            first->form()->setValue("copies", "7");
            QTRY_VERIFY_WITH_TIMEOUT(m_store->drafts()->load("u-1", "acte").has_value(), 3000);
        }
        auto requests = controller();
        requests->open("acte");
        QCOMPARE(requests->state(), RequestController::Editing);
        QVERIFY(requests->draftRestored());
        QVERIFY(requests->draftSavedAt() >= before);
        QVERIFY(requests->draftSavedAt() <= QDateTime::currentDateTimeUtc());
        QCOMPARE(requests->form()->state().value("copies").toString(), QStringLiteral("7"));

        requests->startOver();
        QVERIFY(!requests->draftRestored());
        QVERIFY(requests->form()->state().value("copies").toString().isEmpty());
        // The pre-fill is applied again; the draft is gone.
        QCOMPARE(requests->form()->state().value("surname").toString(), QStringLiteral("Dupont"));
        QVERIFY(!m_store->drafts()->load("u-1", "acte"));
        requests->discard();
    }

    void cityErrorsComeBackOnTheFields()
    {
        m_reject = true;
        auto requests = controller();
        requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 5000);
        requests->form()->setValue("copies", "99");
        QVERIFY(requests->submit());
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 10000);
        QVERIFY(!requests->errorMessage().isEmpty());
        const QModelIndex copies = requests->form()->index(requests->form()->rowOf("copies"));
        QCOMPARE(copies.data(FormModel::ErrorRole).toString(), QStringLiteral("20 au plus."));
        QCOMPARE(requests->form()->state().value("copies").toString(), QStringLiteral("99"));
        m_reject = false;
    }

    void languageChangeKeepsValues()
    {
        auto requests = controller();
        requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 5000);
        requests->form()->setValue("copies", "4");
        m_api->setLanguage("nl");
        requests->reloadForLanguage();
        QTRY_COMPARE_WITH_TIMEOUT(requests->form()->title(), QStringLiteral("Akte"), 5000);
        QCOMPARE(requests->form()->state().value("copies").toString(), QStringLiteral("4"));
        QCOMPARE(requests->form()->state().value("surname").toString(), QStringLiteral("Dupont"));
        m_api->setLanguage("fr");
        requests->discard();
        QVERIFY(!m_store->drafts()->load("u-1", "acte"));
    }

    // Kiosk, counter: the citizen leaves with a filing the city has not received yet. They are
    // told it is kept for their account; the next login (theirs or another's) clears the word.
    void leavingWithAnUnsentFiling_saysItIsKeptForTheAccount()
    {
        m_store->outbox()->setTransport(nullptr); // the city cannot be reached
        auto requests = controller();
        requests->open("acte");
        QTRY_COMPARE_WITH_TIMEOUT(requests->state(), RequestController::Editing, 5000);
        requests->form()->setValue("copies", "1");
        QVERIFY(requests->submit());
        QCOMPARE(requests->unsentNotice(), QString());
        QSignalSpy notice(requests.get(), &RequestController::unsentNoticeChanged);
        requests->clear();
        requests->setUser({}); // the session ends
        QCOMPARE(notice.count(), 1);
        QVERIFY(requests->unsentNotice().contains(QStringLiteral("votre compte seulement")));
        QCOMPARE(m_store->outbox()->pendingCount("u-1"), 1);
        requests->setUser("u-2"); // the next citizen logs in: not theirs, not said to them
        QCOMPARE(requests->unsentNotice(), QString());
        QCOMPARE(m_store->outbox()->currentUser(), QStringLiteral("u-2"));
        QTest::qWait(100);
        QCOMPARE(m_store->outbox()->pendingCount("u-1"), 1);
        // Leaving with nothing unsent says nothing.
        requests->setUser({});
        QCOMPARE(requests->unsentNotice(), QString());
        for (const OutboxEntry& e : m_store->outbox()->pending())
            m_store->database()->database().exec(
                QStringLiteral("DELETE FROM outbox WHERE id = %1").arg(e.id));
        m_store->outbox()->setTransport(m_transport.get());
    }
};

QTEST_GUILESS_MAIN(TestRequestController)
#include "tst_requestcontroller.moc"
