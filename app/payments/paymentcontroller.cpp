// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentcontroller.h"

#include "paymentapi.h"
#include "paymentreturn.h"
#include "qrimage.h"
#include "receiptdocument.h"
#include "terminalmessages.h"

#include <QJsonArray>
#include <QJsonObject>

PaymentController::PaymentController(
    PaymentApi* api, PaymentStore* store, UrlOpener* browser, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_flow(api, store, browser)
{
    connect(&m_flow, &PaymentFlow::stateChanged, this, &PaymentController::changed);
    connect(&m_flow, &PaymentFlow::paymentChanged, this, &PaymentController::changed);
}

bool PaymentController::busy() const
{
    return m_flow.state() == PaymentFlow::Creating || m_flow.state() == PaymentFlow::Checking;
}

QString PaymentController::message() const
{
    if (m_flow.payment().method == QLatin1String("terminal"))
        return TerminalMessages::message(m_flow);
    switch (m_flow.state()) {
    case PaymentFlow::Idle:
        return {};
    case PaymentFlow::Creating:
        return tr("Préparation du paiement…");
    case PaymentFlow::AwaitingCitizen:
        if (m_flow.payment().method == QLatin1String("bank_transfer"))
            return tr("Effectuez le virement avec la communication structurée indiquée.");
        if (m_flow.payment().method == QLatin1String("qr"))
            return tr("Scannez le code QR avec votre smartphone pour payer.");
        return tr("Terminez le paiement dans la page du prestataire de paiement.");
    case PaymentFlow::Checking:
        return tr("Nous vérifions votre paiement auprès de la Ville…");
    case PaymentFlow::Unconfirmed:
        return tr("Votre paiement n'est pas encore confirmé. Ne payez pas une seconde fois : "
                  "nous continuerons à vérifier et vous recevrez un e-mail.");
    case PaymentFlow::Paid:
        return tr("Paiement reçu. Merci !");
    case PaymentFlow::Denied:
        return tr("Le paiement a été refusé par votre banque. Rien n'a été débité.");
    case PaymentFlow::Cancelled:
        return tr("Le paiement a été annulé. Rien n'a été débité.");
    case PaymentFlow::Expired:
        return tr("Le délai de paiement est dépassé. Rien n'a été débité.");
    case PaymentFlow::Refused:
        break;
    }
    return tr("Le paiement n'a pas pu être créé. Rien n'a été débité.");
}

void PaymentController::loadBasket()
{
    m_api->basket(this, [this](const ApiResult& r) {
        m_basketError = r.error;
        m_basketItems.clear();
        m_basketNumbers.clear();
        m_basketTotal = 0;
        if (r.ok()) {
            const QJsonObject data = r.data.toObject();
            for (const QJsonValue& v : data.value(QLatin1String("items")).toArray()) {
                m_basketItems << v.toObject().toVariantMap();
                m_basketNumbers << v.toObject().value(QLatin1String("number")).toString();
            }
            m_basketTotal = data.value(QLatin1String("total_cents")).toVariant().toLongLong();
        }
        emit basketChanged();
    });
}

bool PaymentController::payWithTerminal()
{
    QStringList items;
    QStringList numbers;
    for (const QVariant& v : m_basketItems) {
        items << v.toMap().value(QStringLiteral("id")).toString();
        numbers << v.toMap().value(QStringLiteral("number")).toString();
    }
    // The terminal's ticket names the requests, so that staff can match it to the basket.
    const QString reference = QStringLiteral("e-Guichet %1").arg(numbers.join(QLatin1Char(' ')));
    return !items.isEmpty() && m_flow.startTerminal(items, m_basketTotal, reference.left(64));
}

bool PaymentController::handleReturnUrl(const QUrl& url)
{
    const std::optional<QString> id = PaymentReturn::paymentIdOf(url);
    if (!id)
        return false;
    // Launched by the return after a restart: find the payment in the journal first.
    if (m_flow.payment().id != *id && !(m_flow.resume() && m_flow.payment().id == *id)) {
        m_flow.follow(*id);
        return true;
    }
    m_flow.browserReturned(*id);
    return true;
}

QImage PaymentController::qrImage(int moduleSize) const
{
    const PaymentInfo& p = m_flow.payment();
    const QString payload = p.method == QLatin1String("bank_transfer") ? p.epcPayload : p.qrPayload;
    return payload.isEmpty() ? QImage() : QrImage::render(payload.toUtf8(), moduleSize);
}

ReceiptDocument PaymentController::receipt() const
{
    const PaymentInfo& p = m_flow.payment();
    ReceiptData data;
    data.cityName = tr("Ville de Namur");
    data.requestNumbers = m_basketNumbers.isEmpty() ? p.requestIds : m_basketNumbers;
    data.amountCents = p.amountCents;
    data.method = p.method;
    data.paidAt = p.updatedAt.isValid() ? p.updatedAt : QDateTime::currentDateTime();
    data.paymentId = p.id;
    data.reference = p.pspReference;
    data.communication = p.communication;
    return ReceiptDocument(data);
}

bool PaymentController::saveReceipt(const QString& path) const
{
    return m_flow.state() == PaymentFlow::Paid && receipt().saveAsPdf(path);
}

void PaymentController::clear()
{
    m_flow.reset();
    m_basketItems.clear();
    m_basketNumbers.clear();
    m_basketTotal = 0;
    emit basketChanged();
}
