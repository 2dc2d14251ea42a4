// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardservice.h"

#include "cardbackend.h"
#include "carderrors.h"
#include "forms/cardidentity.h"
#include "logging/logcategories.h"

namespace {

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

// Share of the read done when each stage starts; the photo is the long part.
int percentFor(eid::ReadStage stage)
{
    switch (stage) {
    case eid::ReadStage::CardData:
        return 5;
    case eid::ReadStage::Identity:
        return 15;
    case eid::ReadStage::Address:
        return 25;
    case eid::ReadStage::Certificates:
        return 35;
    case eid::ReadStage::Signatures:
        return 50;
    case eid::ReadStage::Photo:
        return 60;
    case eid::ReadStage::Done:
        break;
    }
    return 100;
}

QString greetingName(const eid::Identity& identity)
{
    // The first given name and the surname: enough to greet, without the rest.
    const QString first = fromUtf8(identity.firstNames).section(QLatin1Char(' '), 0, 0);
    return QStringLiteral("%1 %2").arg(first, fromUtf8(identity.surname)).trimmed();
}

QByteArray bytesOf(const eid::Bytes& b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size()));
}

void overwrite(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

QVariantMap checksOf(const eid::VerificationReport& r)
{
    return {
        { QStringLiteral("identity_signature"),
            QString::fromLatin1(eid::checkResultName(r.identitySignature)) },
        { QStringLiteral("address_signature"),
            QString::fromLatin1(eid::checkResultName(r.addressSignature)) },
        { QStringLiteral("photo_hash"), QString::fromLatin1(eid::checkResultName(r.photoHash)) },
        { QStringLiteral("rrn_certificate"),
            QString::fromLatin1(eid::certificateStatusName(r.rrnCertificate)) },
        { QStringLiteral("verified"), r.verified() },
    };
}

} // namespace

CardService::CardService(std::unique_ptr<CardBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    m_pool.setMaxThreadCount(1);
}

CardService::~CardService()
{
    m_backend->stopMonitor();
    ++m_generation;
    m_pool.waitForDone();
    m_identity.clear();
    m_signedFiles.wipe();
}

void CardService::start()
{
    m_backend->startMonitor([this](const eid::CardEvent& event) {
        // Monitor thread -> GUI thread; dropped by Qt if this object is gone.
        QMetaObject::invokeMethod(
            this, [this, event]() { onEvent(event); }, Qt::QueuedConnection);
    });
}

void CardService::setAutoRead(bool on)
{
    if (on != m_autoRead) {
        m_autoRead = on;
        emit autoReadChanged();
    }
}

void CardService::onEvent(const eid::CardEvent& event)
{
    using Type = eid::CardEvent::Type;
    const QString reader = fromUtf8(event.reader);
    switch (event.type) {
    case Type::ReaderAdded:
        if (!m_readers.contains(reader)) {
            m_readers.append(reader);
            emit readersChanged();
        }
        if (m_state == State::NoReader || m_state == State::NoService)
            setState(State::NoCard);
        break;
    case Type::ReaderRemoved:
        m_readersWithCard.removeAll(reader);
        if (m_readers.removeAll(reader) > 0)
            emit readersChanged();
        if (reader == m_cardReader) {
            wipe();
            emit cardRemoved();
        }
        if (m_readers.isEmpty())
            setState(State::NoReader);
        break;
    case Type::CardInserted:
        if (!m_readersWithCard.contains(reader))
            m_readersWithCard.append(reader);
        emit cardInserted();
        if (m_autoRead)
            startRead(reader);
        break;
    case Type::CardRemoved:
        m_readersWithCard.removeAll(reader);
        if (reader == m_cardReader) {
            qCInfo(lcCard) << "card removed";
            wipe();
            emit cardRemoved();
        }
        break;
    case Type::CardMute:
        m_cardReader = reader;
        setState(State::Failed, CardErrors::message(eid::ErrorCode::CardMute));
        break;
    case Type::ServiceUnavailable:
        m_readersWithCard.clear();
        wipe();
        if (!m_readers.isEmpty()) {
            m_readers.clear();
            emit readersChanged();
        }
        setState(State::NoService, CardErrors::message(eid::ErrorCode::ServiceUnavailable));
        break;
    case Type::ServiceAvailable:
        if (m_state == State::NoService)
            setState(m_readers.isEmpty() ? State::NoReader : State::NoCard);
        break;
    }
    refreshCardLeftBehind();
}

void CardService::refreshCardLeftBehind()
{
    if (m_startingRead)
        return;
    const bool behind = !m_readersWithCard.isEmpty() && m_cardReader.isEmpty()
        && (m_state == State::NoCard || m_state == State::NoReader);
    if (behind != m_cardLeftBehind) {
        m_cardLeftBehind = behind;
        emit cardLeftBehindChanged();
    }
}

void CardService::retry()
{
    if (!m_cardReader.isEmpty())
        startRead(m_cardReader);
}

void CardService::startRead(const QString& reader)
{
    // A new read is not a card left behind, even between the wipe and the read's start.
    m_startingRead = true;
    wipe();
    m_cardReader = reader;
    m_startingRead = false;
    const quint64 generation = ++m_generation;
    setState(State::Reading);
    setProgress(percentFor(eid::ReadStage::CardData));

    const std::string readerName = reader.toStdString();
    m_pool.start([this, generation, readerName]() {
        auto progress = [this, generation](const eid::ReadProgress& p) {
            // The identity pointer only lives during this call: copy the greeting now.
            const QString name = p.identity ? greetingName(*p.identity) : QString();
            const int percent = percentFor(p.stage);
            QMetaObject::invokeMethod(
                this, [=]() { onProgress(generation, percent, name); }, Qt::QueuedConnection);
        };
        auto result = std::make_shared<eid::Result<eid::CardReading>>(
            m_backend->read(readerName, progress));
        QMetaObject::invokeMethod(
            this,
            [=]() {
                onReadFinished(generation, *result);
                // Copies made, the card's raw files (photo included) go at once.
                if (*result)
                    result->value().wipe();
            },
            Qt::QueuedConnection);
    });
}

void CardService::onProgress(quint64 generation, int percent, const QString& name)
{
    if (generation != m_generation)
        return;
    setProgress(std::max(m_progress, percent));
    if (!name.isEmpty() && m_displayName.isEmpty())
        setDisplayName(name);
}

void CardService::onReadFinished(quint64 generation, const eid::Result<eid::CardReading>& result)
{
    if (generation != m_generation)
        return; // the card left, or the session was wiped, while it was being read
    if (!result) {
        qCInfo(lcCard) << "read failed:" << eid::errorCodeName(result.error().code);
        setDisplayName({});
        setState(State::Failed, CardErrors::message(result.error().code));
        return;
    }
    const eid::CardReading& reading = result.value();
    m_checks = checksOf(reading.verification);
    setProgress(100);
    std::optional<VerifiedIdentity> identity = verifiedIdentityFrom(reading);
    if (!identity) {
        qCWarning(lcCard) << "card read but not verified";
        setDisplayName({});
        setState(State::Failed, CardErrors::verificationFailure(reading.verification));
        return;
    }
    m_identity = *identity;
    const eid::CardFiles& files = reading.files;
    m_signedFiles = { bytesOf(files.identity), bytesOf(files.identitySignature),
        bytesOf(files.address), bytesOf(files.addressSignature), bytesOf(files.rrnCertificate) };
    setDisplayName(greetingName(reading.identity));
    setState(State::Verified);
    emit identityVerified();
}

void CardService::wipe()
{
    ++m_generation;
    m_identity.clear();
    m_signedFiles.wipe();
    m_cardReader.clear();
    m_checks.clear();
    setDisplayName({});
    setProgress(0);
    if (m_state == State::Reading || m_state == State::Verified || m_state == State::Failed)
        setState(m_readers.isEmpty() ? State::NoReader : State::NoCard);
    refreshCardLeftBehind();
}

void SignedCardFiles::wipe()
{
    overwrite(identity);
    overwrite(identitySignature);
    overwrite(address);
    overwrite(addressSignature);
    overwrite(rrnCertificate);
}

void CardService::resetCards()
{
    // Same worker as the reads: the reset waits for a read in progress instead of cutting it.
    m_pool.start([this]() { m_backend->resetCards(); });
}

void CardService::setState(State state, const QString& error)
{
    if (state == m_state && error == m_errorMessage)
        return;
    m_state = state;
    m_errorMessage = error;
    emit stateChanged();
    refreshCardLeftBehind();
}

void CardService::setProgress(int percent)
{
    if (percent != m_progress) {
        m_progress = percent;
        emit progressChanged();
    }
}

void CardService::setDisplayName(const QString& name)
{
    if (name != m_displayName) {
        m_displayName = name;
        emit displayNameChanged();
    }
}
