// SPDX-License-Identifier: GPL-3.0-or-later
// Basket and payments: card through the hosted checkout (3-D Secure, decline, cancel,
// time-out), late and repeated notifications, QR, bank transfer; kiosk heartbeats.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>
#include <QUrlQuery>

class TestApiPayments : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    QString newPricedRequest()
    {
        const QJsonObject body { { "service", "certificat-de-residence" },
            { "data",
                QJsonObject { { "beneficiary", "me" }, { "purpose", "administration" },
                    { "copies", "1" }, { "delivery", "pickup" },
                    { "email", "demo@namur.example" } } } };
        return m_api->call("POST", "/requests", body).data()["id"].toString();
    }
    QString requestStatus(const QString& id)
    {
        return m_api->call("GET", "/requests/" + id).data()["status"].toObject()["id"].toString();
    }
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

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({ "--checkout-timeout-ms", "1500" }, &why), qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
        QVERIFY(m_api->login(ApiClient::DemoEmail, ApiClient::DemoPassword));
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
        ApiReply r = m_api->call("POST", "/devices/kiosk-hdv-01/heartbeat",
            { { "version", "0.1.0" },
                { "reader", QJsonObject { { "status", "ok" }, { "name", "ACS ACR39U" } } },
                { "printer", QJsonObject { { "status", "paper_low" } } } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()["status"].toString(), QString("degraded"));
        QVERIFY(r.data()["next_heartbeat_s"].toInt() > 0);
        r = m_api->call("POST", "/devices/kiosk-hdv-01/heartbeat", { { "version", "0.1.0" } });
        QCOMPARE(r.status, 422);
        QVERIFY(r.json["errors"].toObject().contains("printer"));
        r = m_api->call("POST", "/devices/bad%20id!/heartbeat",
            { { "version", "1" }, { "reader", QJsonObject { { "status", "ok" } } },
                { "printer", QJsonObject { { "status", "ok" } } } });
        QCOMPARE(r.status, 422);
        const QJsonArray devices = m_api->call("GET", "/dev/devices").data().toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0)
                     .toObject()["health"]
                     .toObject()["printer"]
                     .toObject()["status"]
                     .toString(),
            QString("paper_low"));
    }
};

QTEST_GUILESS_MAIN(TestApiPayments)
#include "tst_api_payments.moc"
