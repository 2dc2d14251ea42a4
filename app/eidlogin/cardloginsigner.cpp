// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardloginsigner.h"

#include "card/carderrors.h"
#include "eidreader.h"
#include "logging/logcategories.h"

#include <openssl/crypto.h>

namespace {

void wipe(std::string& s)
{
    OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}

QByteArray bytes(const eid::Bytes& b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size()));
}

QString loginErrorMessage(const eid::Error& error)
{
    if (error.code == eid::ErrorCode::WrongPin) {
        const int left = QString::fromStdString(error.detail).toInt();
        return CardLoginSigner::tr("Code PIN incorrect. Il vous reste %n essai(s).", "", left);
    }
    return CardErrors::message(error.code);
}

} // namespace

CardLoginSigner::CardLoginSigner(SignFunction sign, QObject* parent)
    : QObject(parent)
    , m_sign(std::move(sign))
{
    if (!m_sign) {
        m_sign = [](const std::string& reader, const eid::Bytes& data,
                     const std::function<std::optional<std::string>(int)>& pinProvider,
                     const std::function<void(int)>& onPinPad) {
            return eid::EidReader::signWithAuthenticationKey(reader, data, pinProvider, onPinPad);
        };
    }
    m_pool.setMaxThreadCount(1);
}

CardLoginSigner::~CardLoginSigner()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_shuttingDown = true;
    }
    m_pinReady.notify_all();
    m_pool.waitForDone();
}

EidSigner CardLoginSigner::signer(
    std::function<QString()> reader, std::function<void(EidLoginEvidence&)> addCardFiles)
{
    return [this, reader, addCardFiles](const QByteArray& nonce,
               const QStringList& /*acceptedAlgorithms*/,
               std::function<void(std::optional<EidLoginEvidence>, const QString&)> done) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_answered = false;
            m_pin.reset();
        }
        if (m_pinBlocked) {
            m_pinBlocked = false; // maybe another card now: its tries will tell
            emit stepChanged();
        }
        setStep(false, false, -1, true);
        const std::string readerName = reader().toStdString();
        const eid::Bytes data(nonce.begin(), nonce.end());
        m_pool.start([this, readerName, data, done, addCardFiles]() {
            auto onPinPad = [this](int tries) {
                QMetaObject::invokeMethod(
                    this, [=]() { setStep(false, true, tries, true); }, Qt::QueuedConnection);
            };
            auto result = std::make_shared<eid::Result<eid::AuthenticationSignature>>(m_sign(
                readerName, data, [this](int tries) { return waitForPin(tries); }, onPinPad));
            QMetaObject::invokeMethod(
                this,
                [this, result, done, addCardFiles]() {
                    setStep(false, false, -1, false);
                    const bool blocked = !*result
                        && (result->error().code == eid::ErrorCode::PinBlocked
                            || (result->error().code == eid::ErrorCode::WrongPin
                                && result->error().detail == "0"));
                    if (blocked != m_pinBlocked) {
                        m_pinBlocked = blocked;
                        emit stepChanged();
                    }
                    if (!*result) {
                        qCInfo(lcCard) << "eID login signature failed:"
                                       << eid::errorCodeName(result->error().code);
                        done(std::nullopt, loginErrorMessage(result->error()));
                        return;
                    }
                    const eid::AuthenticationSignature& s = result->value();
                    EidLoginEvidence evidence;
                    evidence.algorithm
                        = EidLoginEvidence::contractAlgorithm(QString::fromStdString(s.algorithm));
                    evidence.signature = bytes(s.signature);
                    evidence.authCertificateDer = bytes(s.certificate);
                    if (!s.caCertificate.empty())
                        evidence.chainDer.append(bytes(s.caCertificate));
                    if (addCardFiles)
                        addCardFiles(evidence);
                    done(evidence, QString());
                },
                Qt::QueuedConnection);
        });
    };
}

std::optional<std::string> CardLoginSigner::waitForPin(int triesLeft)
{
    // Worker thread: the card is free (no transaction) while the citizen types.
    QMetaObject::invokeMethod(
        this, [=]() { setStep(true, false, triesLeft, true); }, Qt::QueuedConnection);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_pinReady.wait(lock, [this] { return m_answered || m_shuttingDown; });
    std::optional<std::string> pin;
    if (m_pin && !m_shuttingDown)
        pin = *m_pin;
    if (m_pin)
        wipe(*m_pin); // a copy went to the card library, which wipes it after VERIFY
    m_pin.reset();
    m_answered = false;
    return pin;
}

void CardLoginSigner::typeDigit(int digit)
{
    if (!m_pinRequested || digit < 0 || digit > 9 || m_typedLength >= kMaxPinLength)
        return;
    m_typed[size_t(m_typedLength++)] = char('0' + digit);
    emit pinLengthChanged();
}

void CardLoginSigner::eraseDigit()
{
    if (m_typedLength == 0)
        return;
    m_typed[size_t(--m_typedLength)] = '\0';
    emit pinLengthChanged();
}

void CardLoginSigner::clearPin()
{
    OPENSSL_cleanse(m_typed.data(), m_typed.size());
    if (m_typedLength == 0)
        return;
    m_typedLength = 0;
    emit pinLengthChanged();
}

void CardLoginSigner::confirmPin()
{
    if (!m_pinRequested || m_typedLength < kMinPinLength)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_pin)
            wipe(*m_pin);
        m_pin = std::string(m_typed.data(), size_t(m_typedLength));
        m_answered = true;
    }
    clearPin();
    m_pinReady.notify_all();
    setStep(false, false, m_triesLeft, true);
}

void CardLoginSigner::cancel()
{
    clearPin();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_pin)
            wipe(*m_pin);
        m_pin.reset();
        m_answered = true;
    }
    m_pinReady.notify_all();
}

void CardLoginSigner::setStep(bool pinRequested, bool typeOnReader, int triesLeft, bool busy)
{
    if (pinRequested == m_pinRequested && typeOnReader == m_typeOnReader && triesLeft == m_triesLeft
        && busy == m_busy)
        return;
    m_pinRequested = pinRequested;
    m_typeOnReader = typeOnReader;
    m_triesLeft = triesLeft;
    m_busy = busy;
    emit stepChanged();
}
