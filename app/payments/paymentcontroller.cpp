// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentcontroller.h"

#include "paymentapi.h"
#include "paymentreturn.h"
#include "qrimage.h"
#include "receiptdocument.h"
#include "terminalmessages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPrinter>
#include <QStandardPaths>

PaymentController::PaymentController(
    PaymentApi* api, PaymentStore* store, UrlOpener* browser, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_flow(api, store, browser)
    , m_basketCalls(std::make_unique<QObject>())
{
    connect(&m_print, &PrintService::busyChanged, this, &PaymentController::receiptChanged);
    connect(&m_flow, &PaymentFlow::stateChanged, this, &PaymentController::onStateChanged);
    connect(&m_flow, &PaymentFlow::paymentChanged, this, &PaymentController::changed);
    m_receiptFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void PaymentController::onStateChanged(PaymentFlow::State state)
{
    // A receipt message belongs to the payment it was made for.
    setReceiptOutcome(false, QString(), QString());
    emit changed();
    if (state == PaymentFlow::Paid)
        loadBasket(); // what is paid leaves the basket ("À payer" goes away)
}

QString PaymentController::screen() const
{
    switch (m_flow.state()) {
    case PaymentFlow::Idle:
        return {};
    case PaymentFlow::AwaitingCitizen:
        if (m_flow.payment().method == QLatin1String("bank_transfer"))
            return QStringLiteral("transfer");
        return QStringLiteral("waiting");
    case PaymentFlow::Creating:
    case PaymentFlow::Checking:
    case PaymentFlow::Unconfirmed:
        return QStringLiteral("waiting");
    case PaymentFlow::Paid:
    case PaymentFlow::Denied:
    case PaymentFlow::Cancelled:
    case PaymentFlow::Expired:
    case PaymentFlow::Refused:
        break;
    }
    return QStringLiteral("result");
}

QString PaymentController::qrText() const
{
    const PaymentInfo& p = m_flow.payment();
    return p.method == QLatin1String("bank_transfer") ? p.epcPayload : p.qrPayload;
}

QString PaymentController::qrImageId() const
{
    const QString text = qrText();
    if (text.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void PaymentController::setMethods(const QStringList& methods)
{
    if (m_methods == methods)
        return;
    m_methods = methods;
    emit methodsChanged();
}

QStringList PaymentController::methods() const
{
    // At a kiosk or a counter with a terminal, the card on the terminal is what most
    // citizens expect; QR and transfer stay for those who prefer them.
    if (!terminalAvailable() || m_methods.contains(QLatin1String("terminal")))
        return m_methods;
    return QStringList { QStringLiteral("terminal") } + m_methods;
}

bool PaymentController::pay(const QString& method)
{
    if (!methods().contains(method))
        return false;
    if (method == QLatin1String("card"))
        return payByCard();
    if (method == QLatin1String("qr"))
        return payByQr();
    if (method == QLatin1String("bank_transfer"))
        return payByTransfer();
    if (method == QLatin1String("terminal"))
        return payWithTerminal();
    return false;
}

QString PaymentController::basketMessage() const
{
    if (m_basketLoading || m_basketError == ApiError::None)
        return {};
    if (ApiError::isTransient(m_basketError))
        return tr("Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la "
                  "connexion et réessayez.");
    if (m_basketError == ApiError::Unauthorized)
        return tr("Connectez-vous pour voir ce qu'il reste à payer.");
    return tr("Les montants à payer ne peuvent pas être lus. Réessayez plus tard.");
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
    m_basketLoading = true;
    emit basketChanged();
    m_api->basket(m_basketCalls.get(), [this](const ApiResult& r) {
        m_basketLoading = false;
        m_basketError = r.error;
        m_basketItems.clear();
        m_basketTotal = 0;
        if (r.ok()) {
            const QJsonObject data = r.data.toObject();
            for (const QJsonValue& v : data.value(QLatin1String("items")).toArray())
                m_basketItems << v.toObject().toVariantMap();
            m_basketTotal = data.value(QLatin1String("total_cents")).toVariant().toLongLong();
            rememberNumbers(m_basketItems);
        }
        emit basketChanged();
    });
}

void PaymentController::rememberNumbers(const QVariantList& items)
{
    // Kept after the basket empties: the receipt of a paid basket names its requests.
    for (const QVariant& v : items) {
        const QVariantMap item = v.toMap();
        const QString number = item.value(QStringLiteral("number")).toString();
        if (number.isEmpty())
            continue;
        for (const char* key : { "id", "request_id" }) {
            const QString id = item.value(QLatin1String(key)).toString();
            if (!id.isEmpty())
                m_requestNumbers.insert(id, number);
        }
    }
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
    const QString payload = qrText();
    return payload.isEmpty() ? QImage() : QrImage::render(payload.toUtf8(), moduleSize);
}

ReceiptDocument PaymentController::receipt() const
{
    const PaymentInfo& p = m_flow.payment();
    ReceiptData data;
    data.cityName = tr("Ville de %1").arg(m_cityName);
    for (const QString& id : p.requestIds)
        data.requestNumbers << m_requestNumbers.value(id, id);
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

bool PaymentController::saveReceiptAs(const QString& path)
{
    const bool ok = saveReceipt(path);
    setReceiptOutcome(ok, path,
        ok ? tr("Reçu enregistré : %1").arg(QDir::toNativeSeparators(path))
           : tr("Le reçu n'a pas pu être enregistré dans %1. Choisissez un autre emplacement.")
                 .arg(QDir::toNativeSeparators(path)));
    return ok;
}

bool PaymentController::saveReceiptInDocuments()
{
    QDir folder(m_receiptFolder.isEmpty() ? QDir::homePath() : m_receiptFolder);
    folder.mkpath(QStringLiteral("."));
    // A new name each time: an earlier receipt is never overwritten.
    const QString base = tr("recu-paiement") + QLatin1Char('-')
        + (paymentId().isEmpty() ? QStringLiteral("ville") : paymentId());
    QString path = folder.filePath(base + QStringLiteral(".pdf"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.pdf").arg(base).arg(n));
    return saveReceiptAs(path);
}

bool PaymentController::saveReceiptTo(const QUrl& file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return saveReceiptAs(path);
}

void PaymentController::setReceiptPdfFile(const QString& path)
{
    m_print.setPrinterFactory([path] {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        return printer;
    });
}

bool PaymentController::printReceipt()
{
    if (m_flow.state() != PaymentFlow::Paid)
        return false;
    // `done` may come now (a PDF file, a refusal) or later (a CUPS job).
    const auto returned = std::make_shared<bool>(false);
    const auto failedNow = std::make_shared<bool>(false);
    setReceiptOutcome(true, QString(), PrintMessages::printing());
    const ReceiptDocument document = receipt();
    m_print.print(
        QStringLiteral("e-Guichet: payment receipt"), // CUPS keeps job titles: nothing personal
        [document](
            QPainter& painter, QPrinter& printer) { return document.paint(painter, printer); },
        [this, returned, failedNow](std::optional<PrintError> error) {
            if (!*returned)
                *failedNow = error.has_value();
            setReceiptOutcome(!error, QString(),
                error ? PrintMessages::failed(*error, PrintSubject::PaymentReceipt)
                      : PrintMessages::printed(PrintSubject::PaymentReceipt));
        });
    *returned = true;
    return !*failedNow;
}

void PaymentController::setReceiptOutcome(bool ok, const QString& path, const QString& message)
{
    const bool failed = !ok && !message.isEmpty();
    if (m_receiptMessage == message && m_receiptPath == path && m_receiptFailed == failed)
        return;
    m_receiptMessage = message;
    m_receiptPath = ok ? path : QString();
    m_receiptFailed = failed;
    emit receiptChanged();
}

void PaymentController::clear()
{
    m_print.forget(); // a receipt still printing is no longer anyone's on screen
    m_flow.reset();
    m_basketCalls = std::make_unique<QObject>(); // a basket still on its way is dropped
    m_basketItems.clear();
    m_requestNumbers.clear();
    m_basketTotal = 0;
    m_basketError = ApiError::None;
    m_basketLoading = false;
    setReceiptOutcome(false, QString(), QString());
    emit basketChanged();
    emit changed();
}
