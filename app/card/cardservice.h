// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/verifiedidentity.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QVariantMap>

#include <memory>

class CardBackend;

/**
 * The card's National Register evidence as read: identity and address files, their RRN
 * signatures and the RRN certificate. An eID login sends them so the city fills the profile
 * itself (it checks the signatures again). Kept only while the card is in and verified.
 */
struct SignedCardFiles
{
    QByteArray identity;
    QByteArray identitySignature;
    QByteArray address;
    QByteArray addressSignature;
    QByteArray rrnCertificate;

    bool isEmpty() const { return identity.isEmpty(); }
    /** Overwrites the bytes, then empties (session end, card pulled). */
    void wipe();
};

namespace eid {
struct CardEvent;
struct CardReading;
template <typename T> class Result;
} // namespace eid

/**
 * The citizen's eID card as the screens see it: readers, a card going in and out, reading
 * with progress (the name shows as soon as the identity file is read, before the photo), then
 * the verdict of each check. Only a card whose National Register signatures verified yields a
 * VerifiedIdentity for prefill. Reads run on a worker thread; this object lives on the GUI
 * thread and is told everything through queued calls.
 */
class CardService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QStringList readers READ readers NOTIFY readersChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap checks READ checks NOTIFY stateChanged)
    Q_PROPERTY(bool autoRead READ autoRead WRITE setAutoRead NOTIFY autoReadChanged)
    Q_PROPERTY(bool cardLeftBehind READ cardLeftBehind NOTIFY cardLeftBehindChanged)

public:
    enum class State { NoService, NoReader, NoCard, Reading, Verified, Failed };
    Q_ENUM(State)

    explicit CardService(std::unique_ptr<CardBackend> backend, QObject* parent = nullptr);
    ~CardService() override;

    /** Starts watching readers (call once the screens are up). */
    void start();

    State state() const { return m_state; }
    QStringList readers() const { return m_readers; }
    int progress() const { return m_progress; }
    QString displayName() const { return m_displayName; }
    QString errorMessage() const { return m_errorMessage; }
    QVariantMap checks() const { return m_checks; }
    bool autoRead() const { return m_autoRead; }
    /**
     * A card is still in a reader but nothing of it is held any more (its session ended by
     * the time-out or "Terminer"): the citizen walked away without it.
     */
    bool cardLeftBehind() const { return m_cardLeftBehind; }
    void setAutoRead(bool on);

    /** Verified identity and address; empty unless state is Verified. */
    const VerifiedIdentity& identity() const { return m_identity; }
    /** The verified card's signed files (for an eID login); empty unless state is Verified. */
    const SignedCardFiles& signedFiles() const { return m_signedFiles; }
    /** The reader holding the card being read or read (empty when none). */
    QString cardReader() const { return m_cardReader; }

    /** Reads the card in the reader again (after an error). */
    Q_INVOKABLE void retry();
    /** Forgets everything read from the card (session end). */
    Q_INVOKABLE void wipe();
    /** Resets the card(s) in the background: a PIN verified for a login does not survive. */
    void resetCards();

signals:
    void stateChanged();
    void readersChanged();
    void progressChanged();
    void displayNameChanged();
    void autoReadChanged();
    void cardLeftBehindChanged();
    void cardInserted();
    /** The card of the current read left its reader: a kiosk session ends at once. */
    void cardRemoved();
    void identityVerified();

private:
    void onEvent(const eid::CardEvent& event);
    void startRead(const QString& reader);
    void onProgress(quint64 generation, int percent, const QString& name);
    void onReadFinished(quint64 generation, const eid::Result<eid::CardReading>& result);
    void setState(State state, const QString& error = {});
    void setProgress(int percent);
    void setDisplayName(const QString& name);
    void refreshCardLeftBehind();

    std::unique_ptr<CardBackend> m_backend;
    QThreadPool m_pool; // one worker: one read at a time, joined on destruction
    State m_state = State::NoReader;
    QStringList m_readers;
    QString m_cardReader; // reader holding the card being read or read
    int m_progress = 0;
    QString m_displayName;
    QString m_errorMessage;
    QVariantMap m_checks;
    bool m_autoRead = true;
    QStringList m_readersWithCard; // readers a card is in, read or not
    bool m_cardLeftBehind = false;
    bool m_startingRead = false;
    quint64 m_generation = 0; // bumped by every new read and wipe: late results are dropped
    VerifiedIdentity m_identity;
    SignedCardFiles m_signedFiles;
};
