// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eidlogin.h"

#include <QObject>
#include <QThreadPool>

#include <array>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace eid {
struct AuthenticationSignature;
template <typename T> class Result;
} // namespace eid

/**
 * The card side of an eID login: signs the city's nonce with the authentication key on a
 * worker thread and asks the screens for the PIN in between (or tells them to have it typed
 * on the reader's PIN pad). The card is never held while the citizen types. The PIN crosses
 * from QML as briefly as possible: converted at once, handed to the card library, wiped.
 */
class CardLoginSigner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pinRequested READ pinRequested NOTIFY stepChanged)
    Q_PROPERTY(bool typeOnReader READ typeOnReader NOTIFY stepChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stepChanged)
    Q_PROPERTY(bool pinBlocked READ pinBlocked NOTIFY stepChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinLengthChanged)

public:
    /** How the signature is made: the card library in production, a script in tests. */
    using SignFunction = std::function<eid::Result<eid::AuthenticationSignature>(
        const std::string& reader, const std::vector<std::uint8_t>& data,
        const std::function<std::optional<std::string>(int)>& pinProvider,
        const std::function<void(int)>& onPinPad)>;

    explicit CardLoginSigner(SignFunction sign = {}, QObject* parent = nullptr);
    ~CardLoginSigner() override;

    bool pinRequested() const { return m_pinRequested; }
    bool typeOnReader() const { return m_typeOnReader; }
    int triesLeft() const { return m_triesLeft; }
    bool busy() const { return m_busy; }
    /** The last signing ended on a blocked PIN: only the commune can help (FAQ 6). */
    bool pinBlocked() const { return m_pinBlocked; }

    /**
     * The function AccountController calls (setEidSigner); signs on the card in `reader`.
     * addCardFiles (GUI thread) adds what the card reading holds: the RRN-signed files.
     */
    EidSigner signer(
        std::function<QString()> reader, std::function<void(EidLoginEvidence&)> addCardFiles = {});

    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 12;

    // The PIN arrives digit by digit and is kept here, in a fixed buffer wiped after use: it
    // never exists as a QString or a JavaScript string; the screen shows only pinLength.
    int pinLength() const { return m_typedLength; }
    /** One digit (0-9) from the on-screen pad or the keys; ignored beyond 12 or when not asked. */
    Q_INVOKABLE void typeDigit(int digit);
    Q_INVOKABLE void eraseDigit();
    /** Forgets the digits typed so far (the page goes, the citizen gives up). */
    Q_INVOKABLE void clearPin();
    /** Hands the 4 to 12 digits typed to the card operation and wipes them here. */
    Q_INVOKABLE void confirmPin();
    /** The citizen gave up (or the session ended): the card operation stops before VERIFY. */
    Q_INVOKABLE void cancel();

signals:
    void stepChanged();
    void pinLengthChanged();

private:
    std::optional<std::string> waitForPin(int triesLeft);
    void setStep(bool pinRequested, bool typeOnReader, int triesLeft, bool busy);

    SignFunction m_sign;
    QThreadPool m_pool;
    bool m_pinRequested = false;
    bool m_typeOnReader = false;
    int m_triesLeft = -1;
    bool m_busy = false;
    bool m_pinBlocked = false;

    std::mutex m_mutex; // guards the hand-over below, between GUI and worker
    std::condition_variable m_pinReady;
    std::optional<std::string> m_pin;
    bool m_answered = false;
    std::array<char, kMaxPinLength> m_typed {}; // GUI thread only
    int m_typedLength = 0;
    bool m_shuttingDown = false;
};
