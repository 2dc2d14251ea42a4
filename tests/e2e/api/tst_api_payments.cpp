// SPDX-License-Identifier: GPL-3.0-or-later
// Basket and payments: card through the hosted checkout (3-D Secure, decline, cancel,
// time-out), late and repeated notifications, the provider's non-final "error", QR, bank
// transfer, payments made on a kiosk's terminal, the open payments list; kiosk heartbeats.
#include "apiclient.h"
#include "sandboxprocess.h"
#include "sandboxrequests.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>
#include <QUuid>

class TestApiPayments : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_certs;
    // Kiosks kiosk-t1 and kiosk-hdv-01, each with its station certificate; kiosk-t1 carries
    // the demo citizen's session as a kiosk does.
    std::unique_ptr<ApiClient> m_station;
    std::unique_ptr<ApiClient> m_hdv;

    QString newPricedRequest() { return filePricedRequest(*m_api); }
    QString requestStatus(const QString& id) { return requestStatusOf(*m_api, id); }
    QString paymentStatus(const QString& id)
    {
        return m_api->call("GET", "/payments/" + id).data()["status"].toString();
    }
    ApiReply form(const QString& path, const QByteArray& fields)
    {
        return m_api->raw("POST", path, fields, "application/x-www-form-urlencoded");
    }
    QJsonObject pay(const QString& requestId, const QString& method)
    {
        const ApiReply r = m_api->call("POST", "/payments",
            { { "method", method }, { "items", QJsonArray { requestId } },
                { "return_url", "https://app.invalid/paid?from=test" } });
        return r.status == 201 ? r.data().toObject() : QJsonObject { { "error", r.status } };
    }

    bool heartbeat(const QString& device)
    {
        return m_station
                   ->call("POST", "/devices/" + device + "/heartbeat",
                       { { "version", "0.1.0" }, { "reader", QJsonObject { { "status", "ok" } } },
                           { "printer", QJsonObject { { "status", "ok" } } } })
                   .status
            == 200;
    }
    ApiReply recordTerminal(
        const QStringList& items, const QJsonObject& terminal, const QByteArray& key = QByteArray())
    {
        QMap<QByteArray, QByteArray> headers;
        if (!key.isEmpty())
            headers.insert("Idempotency-Key", key);
        return m_station->call("POST", "/payments",
            { { "method", "terminal" }, { "items", QJsonArray::fromStringList(items) },
                { "terminal", terminal } },
            headers);
    }
    static QJsonObject sale(const QString& txn, int amount, const QString& device = "kiosk-t1")
    {
        return { { "id", device }, { "transaction_id", txn }, { "auth_code", "A1B2C3" },
            { "amount_cents", amount } };
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({ "--checkout-timeout-ms", "1500" }, &why), qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        QVERIFY2(m_sandbox.issueDevice("kiosk-t1", m_certs.filePath("t1"), &why), qPrintable(why));
        QVERIFY2(
            m_sandbox.issueDevice("kiosk-hdv-01", m_certs.filePath("hdv"), &why), qPrintable(why));
        m_station = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_station->useStation(m_certs.filePath("t1")));
        QVERIFY(m_station->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        m_hdv = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_hdv->useStation(m_certs.filePath("hdv")));
    }

    void card_checkout_with_3ds_then_late_repeated_notification()
    {
        const QString request = newPricedRequest();
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
        const QJsonObject payment = pay(request, "card");
        QCOMPARE(payment["status"].toString(), QString("pending"));
        QCOMPARE(payment["amount_cents"].toInt(), 300);
        const QString id = payment["payment_id"].toString();
        const QUrl checkout(payment["card"].toObject()["checkout_url"].toString());
        QCOMPARE(checkout.host(), QString("127.0.0.1"));

        ApiReply page = m_api->call("GET", checkout.path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Bancontact"));
        QVERIFY(page.body.contains("Visa"));
        QVERIFY(page.body.contains("Mastercard"));

        // A wrong card number shows the form again; Maestro without security code is fine.
        page = form(
            checkout.path() + "/pay", "brand=visa&number=4111111111111112&expiry=12%2F39&cvc=123");
        QVERIFY(page.body.contains("id=\"error\""));
        page = form(
            checkout.path() + "/pay", "brand=visa&number=4111111111111111&expiry=12%2F39&cvc=");
        QVERIFY(page.body.contains("id=\"error\""));
        page = form(checkout.path() + "/pay",
            "brand=bancontact&number=6703+4444+4444+4449&expiry=12%2F39&cvc=");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("3-D Secure"));

        const ApiReply back = form(checkout.path() + "/3ds", "outcome=accept");
        QCOMPARE(back.status, 303);
        const QUrl location(QString::fromUtf8(back.header("location")));
        QCOMPARE(location.host(), QString("app.invalid"));
        QCOMPARE(QUrlQuery(location).queryItemValue("payment_id"), id);
        QCOMPARE(QUrlQuery(location).queryItemValue("status"), QString("paid"));
        QCOMPARE(QUrlQuery(location).queryItemValue("from"), QString("test"));

        // The return alone proves nothing: waiting until the provider's notification.
        QCOMPARE(paymentStatus(id), QString("waiting"));
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(id), QString("paid"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api->call("GET", "/payments/" + id).data()["psp"].toObject()["notifications"].toInt(),
            2, 3000);
        QCOMPARE(requestStatus(request), QString("in_process"));
        const QJsonArray history
            = m_api->call("GET", "/requests/" + request).data()["history"].toArray();
        int inProcess = 0;
        for (const QJsonValue& h : history)
            inProcess += h.toObject()["status"].toObject()["id"].toString() == "in_process";
        QCOMPARE(inProcess, 1); // the repeated notification did not repeat the step

        QVERIFY(m_api->call("GET", checkout.path()).body.contains("id=\"state\""));
    }

    void declined_cancelled_and_timed_out_checkouts_leave_the_request_unpaid()
    {
        const QString request = newPricedRequest();
        QString id = pay(request, "card")["payment_id"].toString();
        ApiReply r = form("/provider/checkout/" + id + "/pay",
            "brand=mastercard&number=5555555555570002&expiry=01%2F40&cvc=321");
        QCOMPARE(r.status, 303); // the issuer refuses that card at once
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(id), QString("denied"), 3000);

        id = pay(request, "card")["payment_id"].toString();
        form("/provider/checkout/" + id + "/pay",
            "brand=visa&number=4111111111111111&expiry=01%2F40&cvc=321");
        r = form("/provider/checkout/" + id + "/3ds", "outcome=decline");
        QVERIFY(r.header("location").contains("status=denied"));
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(id), QString("denied"), 3000);

        id = pay(request, "card")["payment_id"].toString();
        r = form("/provider/checkout/" + id + "/cancel", "");
        QVERIFY(r.header("location").contains("status=cancelled"));
        QCOMPARE(paymentStatus(id), QString("cancelled"));

        id = pay(request, "qr")["payment_id"].toString();
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(id), QString("expired"), 10000);
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
    }

    void qr_payment_gives_a_payload_and_is_drivable_without_a_browser()
    {
        const QString request = newPricedRequest();
        const QJsonObject payment = pay(request, "qr");
        const QString payload = payment["qr"].toObject()["payload"].toString();
        QVERIFY(payload.startsWith("https://127.0.0.1:"));
        const QString id = payment["payment_id"].toString();
        QCOMPARE(
            m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "explode" } })
                .status,
            422);
        const ApiReply r = m_api->call("POST", "/dev/payments/" + id + "/outcome",
            { { "outcome", "accept" }, { "repeat", 3 } });
        QCOMPARE(r.data()["status"].toString(), QString("paid"));
        QCOMPARE(r.data()["psp"].toObject()["notifications"].toInt(), 3);
        m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "decline" } });
        QCOMPARE(paymentStatus(id), QString("paid")); // a final state never changes
        QCOMPARE(requestStatus(request), QString("in_process"));
    }

    void bank_transfer_has_a_valid_structured_communication_and_epc_payload()
    {
        const QString request = newPricedRequest();
        const QJsonObject payment = pay(request, "bank_transfer");
        QCOMPARE(payment["status"].toString(), QString("waiting"));
        const QJsonObject transfer = payment["bank_transfer"].toObject();
        const QString communication = transfer["communication"].toString();
        const QRegularExpressionMatch m
            = QRegularExpression("^\\+\\+\\+(\\d{3})/(\\d{4})/(\\d{5})\\+\\+\\+$")
                  .match(communication);
        QVERIFY2(m.hasMatch(), qPrintable(communication));
        const QString digits = m.captured(1) + m.captured(2) + m.captured(3);
        const qint64 base = digits.left(10).toLongLong();
        QCOMPARE(digits.right(2).toInt(), base % 97 == 0 ? 97 : int(base % 97));
        QCOMPARE(transfer["amount_cents"].toInt(), 300);
        const QStringList epc = transfer["epc_qr_payload"].toString().split('\n');
        QCOMPARE(epc.value(0), QString("BCD"));
        QCOMPARE(epc.value(3), QString("SCT"));
        QCOMPARE(epc.value(6), transfer["iban"].toString());
        QCOMPARE(epc.value(7), QString("EUR3.00"));
        QCOMPARE(epc.value(10), communication);
        m_api->call("POST", "/dev/payments/" + payment["payment_id"].toString() + "/outcome",
            { { "outcome", "accept" } });
        QCOMPARE(requestStatus(request), QString("in_process"));
    }

    void provider_error_is_not_final_until_it_expires()
    {
        // The provider's error may be retried: a later notification still decides.
        const QString request = newPricedRequest();
        QString id = pay(request, "card")["payment_id"].toString();
        m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "error" } });
        QCOMPARE(paymentStatus(id), QString("error"));
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
        m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "accept" } });
        QCOMPARE(paymentStatus(id), QString("paid"));
        QCOMPARE(requestStatus(request), QString("in_process"));

        // Without a later word it becomes expired after the checkout time limit (1.5 s here).
        const QString other = newPricedRequest();
        id = pay(other, "qr")["payment_id"].toString();
        m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "error" } });
        QTRY_COMPARE_WITH_TIMEOUT(paymentStatus(id), QString("expired"), 10000);
        m_api->call("POST", "/dev/payments/" + id + "/outcome", { { "outcome", "accept" } });
        QCOMPARE(paymentStatus(id), QString("expired")); // final now
        QCOMPARE(requestStatus(other), QString("awaiting_payment"));
    }

    void terminal_payment_is_recorded_paid_once()
    {
        QVERIFY(heartbeat("kiosk-t1"));
        const QString request = newPricedRequest();
        const QString txn = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ApiReply r = recordTerminal({ request }, sale(txn, 300), "term-key-1");
        QCOMPARE(r.status, 201);
        const QJsonObject payment = r.data().toObject();
        QCOMPARE(payment["method"].toString(), QString("terminal"));
        QCOMPARE(payment["status"].toString(), QString("paid"));
        QCOMPARE(payment["amount_cents"].toInt(), 300);
        QCOMPARE(payment["terminal"].toObject()["transaction_id"].toString(), txn);
        QCOMPARE(payment["terminal"].toObject()["auth_code"].toString(), QString("A1B2C3"));
        QCOMPARE(payment["terminal"].toObject()["id"].toString(), QString("kiosk-t1"));
        QCOMPARE(requestStatus(request), QString("in_process"));
        const QString id = payment["payment_id"].toString();

        // The same key and bytes: the same answer. The same sale under another key (an
        // app that lost its key): the same payment, not a second one and not an error.
        r = recordTerminal({ request }, sale(txn, 300), "term-key-1");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(r.data()["payment_id"].toString(), id);
        r = recordTerminal({ request }, sale(txn, 300), "term-key-2");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["payment_id"].toString(), id);
        QCOMPARE(m_api->call("GET", "/payments?status=paid")
                     .data()
                     .toArray()
                     .first()
                     .toObject()["payment_id"]
                     .toString(),
            id);

        // That sale may not pay another basket, nor another amount.
        const QString other = newPricedRequest();
        r = recordTerminal({ other }, sale(txn, 300), "term-key-3");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("terminal_transaction_used"));
        r = recordTerminal({ request }, sale(txn, 200), "term-key-4");
        QCOMPARE(r.errCode(), QString("terminal_transaction_used"));
        QCOMPARE(requestStatus(other), QString("awaiting_payment"));
    }

    void terminal_payment_refusals()
    {
        QVERIFY(heartbeat("kiosk-t1"));
        const QString request = newPricedRequest();
        const auto txn = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };

        // A station speaks for itself only (tst_api_stations has the other refusals).
        ApiReply r = recordTerminal({ request }, sale(txn(), 300, "laptop-at-home"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));

        // Every part of the sale is required and shaped (the device must still be this one).
        r = recordTerminal({ request }, QJsonObject());
        QCOMPARE(r.status, 422);
        for (const char* field : { "terminal.id", "terminal.transaction_id", "terminal.auth_code",
                 "terminal.amount_cents" })
            QVERIFY2(r.json["errors"].toObject().contains(field), field);
        QJsonObject bad = sale(txn(), 300);
        bad["auth_code"] = "12 34";
        bad["amount_cents"] = 2.5;
        r = recordTerminal({ request }, bad);
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("terminal.auth_code"));
        QVERIFY(r.json["errors"].toObject().contains("terminal.amount_cents"));

        // Charged is not what is due: refused, the request still waits for its payment.
        r = recordTerminal({ request }, sale(txn(), 500));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errCode(), QString("amount_mismatch"));
        QCOMPARE(requestStatus(request), QString("awaiting_payment"));
        QCOMPARE(recordTerminal({ request }, sale(txn(), 300)).status, 201);
    }

    void open_payments_are_listed_newest_first()
    {
        // A city whose checkouts do not expire during the test: open stays open.
        SandboxProcess city;
        QString why;
        QVERIFY2(city.start({}, &why), qPrintable(why));
        ApiClient api(city.apiUrl(), city.ca());
        QVERIFY(api.login(ApiClient::DemoEmail, ApiClient::DemoPassword));
        const auto request = [&api] { return filePricedRequest(api); };
        const auto payment = [&api](const QString& item, const char* method) {
            return api
                .call(
                    "POST", "/payments", { { "method", method }, { "items", QJsonArray { item } } })
                .data()["payment_id"]
                .toString();
        };
        const auto open = [&api] {
            QStringList ids;
            for (const QJsonValue& v : api.call("GET", "/payments?status=open").data().toArray())
                ids << v.toObject()["payment_id"].toString();
            return ids;
        };
        const QString first = request();
        const QString second = request();
        const QString a = payment(first, "card");
        const QString b = payment(second, "bank_transfer");
        const QString c = payment(second, "qr");
        api.call("POST", "/dev/payments/" + c + "/outcome", { { "outcome", "error" } });
        // pending, waiting and error payments may still change; the newest comes first.
        QCOMPARE(open(), (QStringList { c, b, a }));
        api.call("POST", "/dev/payments/" + a + "/outcome", { { "outcome", "decline" } });
        QCOMPARE(open(), (QStringList { c, b }));
        const QJsonArray denied = api.call("GET", "/payments?status=denied").data().toArray();
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().toObject()["payment_id"].toString(), a);
        QCOMPARE(api.call("GET", "/payments").data().toArray().size(), 3);
        QCOMPARE(api.call("GET", "/payments?status=whatever").status, 422);

        // Only one's own payments, and only with a session.
        ApiClient stranger(city.apiUrl(), city.ca());
        QCOMPARE(stranger.call("GET", "/payments?status=open").status, 401);
    }

    void payment_errors()
    {
        QCOMPARE(m_api->call("POST", "/payments", { { "method", "cash" } }).status, 422);
        QCOMPARE(m_api
                     ->call("POST", "/payments",
                         { { "method", "card" }, { "items", QJsonArray { "999999" } } })
                     .status,
            422);
        QCOMPARE(
            m_api->call(
                     "POST", "/payments", { { "method", "card" }, { "return_url", "not a url" } })
                .status,
            422);
        QCOMPARE(m_api->call("GET", "/payments/999999").status, 404);
        // Pay the whole basket, then nothing is left to pay.
        newPricedRequest();
        const ApiReply whole = m_api->call("POST", "/payments", { { "method", "bank_transfer" } });
        QCOMPARE(whole.status, 201);
        m_api->call("POST", "/dev/payments/" + whole.data()["payment_id"].toString() + "/outcome",
            { { "outcome", "accept" } });
        const ApiReply none = m_api->call("POST", "/payments", { { "method", "card" } });
        QCOMPARE(none.status, 409);
        QCOMPARE(none.errCode(), QString("nothing_to_pay"));
        QCOMPARE(m_api->call("GET", "/basket").data()["total_cents"].toInt(), 0);
    }

    void kiosk_heartbeat()
    {
        ApiReply r = m_hdv->call("POST", "/devices/kiosk-hdv-01/heartbeat",
            { { "version", "0.1.0" },
                { "reader", QJsonObject { { "status", "ok" }, { "name", "ACS ACR39U" } } },
                { "printer", QJsonObject { { "status", "paper_low" } } } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toString(), QString("degraded"));
        QVERIFY(r.data()["next_heartbeat_s"].toInt() > 0);
        r = m_hdv->call("POST", "/devices/kiosk-hdv-01/heartbeat", { { "version", "0.1.0" } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("printer"));
        // The id in the URL must be the certificate's (tst_api_stations: the attacks).
        r = m_hdv->call("POST", "/devices/bad%20id!/heartbeat",
            { { "version", "1" }, { "reader", QJsonObject { { "status", "ok" } } },
                { "printer", QJsonObject { { "status", "ok" } } } });
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errCode(), QString("device_mismatch"));
        QJsonObject kiosk;
        for (const QJsonValue& d : m_api->call("GET", "/dev/devices").data().toArray()) {
            if (d.toObject()["id"].toString() == "kiosk-hdv-01")
                kiosk = d.toObject();
        }
        QCOMPARE(kiosk["health"].toObject()["printer"].toObject()["status"].toString(),
            QString("paper_low"));
    }
};

QTEST_GUILESS_MAIN(TestApiPayments)
#include "tst_api_payments.moc"
