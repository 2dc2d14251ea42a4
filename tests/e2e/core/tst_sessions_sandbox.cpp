// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions at a station against the real sandbox city over TLS on loopback (issue #13):
// - the end of a session logs its token out at the city: a call with the old token is 401;
// - a login the city answers after the session ended is logged out at the city at once, and
//   the requests list it answers then never reaches the screens;
// - citizen A files while the city cannot be reached and leaves; citizen B logs in at the same
//   counter: A's filing is not sent with B's session (B's account holds nothing, the filing
//   still waits); A logs in again: it is sent, into A's account. The counter is built as the
//   app builds it (AppServices).
#include "a11y/speaker.h"
#include "card/cardbackend.h"
#include "composition/appservices.h"
#include "formfiller.h"
#include "requests/requestlistmodel.h"
#include "sandboxcity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

const QString kDemoEmail = QStringLiteral("demo@namur.example");
const QString kDemoPassword = QStringLiteral("Demo-Namur1");
const QString kOtherEmail = QStringLiteral("citoyen.b@example.org");
const QString kOtherPassword = QStringLiteral("Namur-2026");

struct NoReaders : CardBackend
{
    void startMonitor(std::function<void(const eid::CardEvent&)>) override { }
    void stopMonitor() override { }
    eid::Result<eid::CardReading> read(const std::string&, const eid::ProgressCallback&) override
    {
        return eid::Error { eid::ErrorCode::NoCard, {} };
    }
    void resetCards() override { }
};

struct Silent : Speaker
{
    void say(const QString&, const QLocale&) override { }
    void stop() override { }
};

/** Sees the bearer tokens the app sends (the test's way to learn the session's token). */
struct RecordingNetwork : QNetworkAccessManager
{
    QList<QByteArray> bearers;

protected:
    QNetworkReply* createRequest(
        Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        if (request.hasRawHeader("Authorization"))
            bearers << request.rawHeader("Authorization").mid(7); // after "Bearer "
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestSessionsSandbox : public QObject
{
    Q_OBJECT

    SandboxCity m_city;
    QNetworkAccessManager m_network;

    ApiSettings settings(const QUrl& base = {}) const
    {
        ApiSettings s;
        s.baseUrl = base.isEmpty() ? m_city.apiUrl : base;
        s.caFile = m_city.caFile;
        s.retryBaseMs = 100;
        return s;
    }

    ApiResult call(CityApiClient& client, const ApiRequest& request)
    {
        std::optional<ApiResult> result;
        client.send(request, this, [&result](const ApiResult& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ApiResult {});
    }

    ApiResult callWith(const QByteArray& token, const QByteArray& method, const QString& path,
        const QJsonValue& body = QJsonValue(QJsonValue::Undefined))
    {
        CityApiClient client(settings(), &m_network);
        client.setSessionToken(token);
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = body;
        return call(client, request);
    }

    QByteArray loginToken(const QString& email, const QString& password)
    {
        const ApiResult r = callWith({}, "POST", QStringLiteral("/auth/password"),
            QJsonObject { { "email", email }, { "password", password } });
        return r.data.toObject().value("session_token").toString().toLatin1();
    }

    QStringList requestNumbers(const QString& email, const QString& password)
    {
        const QByteArray token = loginToken(email, password);
        const ApiResult r = callWith(token, "GET", QStringLiteral("/requests"));
        callWith(token, "POST", QStringLiteral("/auth/logout"), QJsonObject {});
        const QJsonArray items
            = r.data.isArray() ? r.data.toArray() : r.data.toObject().value("items").toArray();
        QStringList numbers;
        for (const QJsonValue& v : items)
            numbers << v.toObject().value("number").toString();
        return numbers;
    }

    /** The city stops (unreachable) or comes back on the same address and state. */
    void stopCity()
    {
        m_city.process.kill();
        m_city.process.waitForFinished();
    }
    bool restartCity()
    {
        m_city.process.start(m_city.process.program(),
            { "--listen", QStringLiteral("127.0.0.1:%1").arg(m_city.apiUrl.port()), "--state-dir",
                m_city.dir.filePath("city"), "--workflow-step-ms", "0", "--dev" });
        if (!m_city.process.waitForStarted())
            return false;
        QDeadlineTimer deadline(30000);
        while (!m_city.process.canReadLine() && !deadline.hasExpired())
            QTest::qWait(20);
        return QString::fromUtf8(m_city.process.readLine()).contains(m_city.apiUrl.toString());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_city.start(QStringLiteral(EGUICHET_SANDBOX), &error), qPrintable(error));
        // Citizen B: an account of its own, activated through the sandbox's mailbox.
        QVERIFY(callWith({}, "POST", QStringLiteral("/accounts"),
            QJsonObject { { "email", kOtherEmail }, { "password", kOtherPassword } })
                    .ok());
        QUrl root = m_city.apiUrl;
        root.setPath({});
        CityApiClient dev(settings(root), &m_network);
        ApiRequest mail;
        mail.path = QStringLiteral("/dev/mail");
        mail.query.addQueryItem(QStringLiteral("to"), kOtherEmail);
        const QString token
            = call(dev, mail).data.toArray().first().toObject().value("token").toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(callWith(
            {}, "POST", QStringLiteral("/accounts/activate"), QJsonObject { { "token", token } })
                    .ok());
        QVERIFY(!loginToken(kOtherEmail, kOtherPassword).isEmpty());
    }

    // The kiosk's and the counter's wiper ends the session with forgetSession(): the city
    // must no longer accept the token (someone who copied it gets nothing).
    void sessionEnd_theCityRefusesTheOldToken()
    {
        RecordingNetwork network;
        CityApiClient api(settings(), &network);
        AccountController accounts(&api, {});
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.login(kDemoEmail, kDemoPassword);
        QVERIFY(ok.wait(20000));
        std::optional<ApiResult> me;
        api.get(QStringLiteral("/me"), this, [&me](const ApiResult& r) { me = r; });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 20000);
        QVERIFY(me->ok());
        QVERIFY(!network.bearers.isEmpty());
        const QByteArray token = network.bearers.last();
        QVERIFY(callWith(token, "GET", QStringLiteral("/me")).ok()); // valid while in session

        accounts.forgetSession(); // what every end of a station's session runs
        QTRY_COMPARE_WITH_TIMEOUT(
            callWith(token, "GET", QStringLiteral("/me")).error, ApiError::Unauthorized, 20000);
    }

    // The card is pulled while the city is still answering the login (the city is held
    // still meanwhile): the session that answer opens is nobody's. It is not opened here, and
    // the app logs it out at the city at once: its token is 401 afterwards.
    void aLoginAnsweredAfterTheSessionEnded_isRevokedAtTheCity()
    {
        RecordingNetwork network;
        CityApiClient api(settings(), &network);
        AccountController accounts(&api, {});
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        const qint64 city = m_city.process.processId();
        QVERIFY(::kill(pid_t(city), SIGSTOP) == 0);
        accounts.login(kDemoEmail, kDemoPassword);
        QTest::qWait(300); // the login is on its way
        accounts.forgetSession(); // the session ends before the city answered
        QVERIFY(::kill(pid_t(city), SIGCONT) == 0);
        // The only call that carries a token is the logout of the late session.
        QTRY_VERIFY_WITH_TIMEOUT(!network.bearers.isEmpty(), 20000);
        const QByteArray late = network.bearers.last();
        QTRY_COMPARE_WITH_TIMEOUT(
            callWith(late, "GET", QStringLiteral("/me")).error, ApiError::Unauthorized, 20000);
        QCOMPARE(ok.count(), 0);
        QVERIFY(!accounts.loggedIn());
        QVERIFY(!api.hasSession());
    }

    // A's "Mes demandes" is answered after A left (the city held still meanwhile): the list
    // the next citizen sees stays empty and idle, nothing of A's arrives in it.
    void aListAnsweredAfterTheSessionEnded_showsNothing()
    {
        CityApiClient api(settings(), &m_network);
        AccountController accounts(&api, {});
        QSignalSpy ok(&accounts, &AccountController::loginSucceeded);
        accounts.login(kDemoEmail, kDemoPassword);
        QVERIFY(ok.wait(20000));
        RequestListModel list(&api);
        const qint64 city = m_city.process.processId();
        QVERIFY(::kill(pid_t(city), SIGSTOP) == 0);
        list.load(QStringLiteral("all"));
        QTest::qWait(300); // A's list is on its way
        accounts.forgetSession(); // what the station's wipers run: the session ends
        list.clear();
        QVERIFY(::kill(pid_t(city), SIGCONT) == 0);
        QTest::qWait(2000);
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(!list.busy());
        // The same list for a live session is not empty (the demo citizen has requests).
        accounts.login(kDemoEmail, kDemoPassword);
        QVERIFY(ok.wait(20000));
        list.load(QStringLiteral("all"));
        QTRY_VERIFY_WITH_TIMEOUT(!list.busy() && list.rowCount() > 0, 20000);
        accounts.forgetSession();
    }

    void aFilingLeavesOnlyWithItsOwnAccount()
    {
        QTemporaryDir data;
        AppConfig config;
        config.mode = AppMode::Counter;
        config.apiUrl = m_city.apiUrl;
        config.caFile = m_city.caFile;
        AppSeams seams;
        seams.cardBackend = std::make_unique<NoReaders>();
        seams.speaker = std::make_unique<Silent>();
        seams.dataDir = data.path();
        seams.settingsFile = data.filePath(QStringLiteral("settings.ini"));
        AppServices app(config, std::move(seams));
        QVERIFY2(app.ok(), qPrintable(app.error()));
        CoreServices& core = app.core;
        RequestOutbox* outbox = core.store.outbox();
        outbox->setBackoff(50, 200);
        const QStringList otherBefore = requestNumbers(kOtherEmail, kOtherPassword);

        // A logs in and fills a form; the city goes away before A files.
        core.accounts.login(kDemoEmail, kDemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(core.accounts.loggedIn(), 20000);
        const QString citizenA = core.accounts.userId();
        core.requests.open(QStringLiteral("certificat-de-vie"));
        QTRY_COMPARE_WITH_TIMEOUT(core.requests.state(), RequestController::Editing, 20000);
        formfiller::completeForm(core.requests.form());
        stopCity();
        QSignalSpy retries(outbox, &RequestOutbox::retryScheduled);
        QVERIFY(core.requests.submit());
        QVERIFY(retries.wait(20000)); // could not reach the city: kept, to be sent again
        QCOMPARE(outbox->pendingCount(citizenA), 1);
        const qint64 filed = outbox->pending().first().id;

        // A leaves: told that the filing is kept for A's account.
        app.session.finish();
        QVERIFY(!core.accounts.loggedIn());
        QVERIFY(!core.requests.unsentNotice().isEmpty());

        // The city is back; B logs in at the same counter and stays a while.
        QVERIFY(restartCity());
        core.accounts.login(kOtherEmail, kOtherPassword);
        QTRY_VERIFY_WITH_TIMEOUT(core.accounts.loggedIn(), 20000);
        QVERIFY(core.accounts.userId() != citizenA);
        QVERIFY(core.requests.unsentNotice().isEmpty());
        QTest::qWait(2000); // many retry delays of 50-200 ms
        QCOMPARE(outbox->entry(filed)->state, OutboxEntry::State::Pending);
        QCOMPARE(requestNumbers(kOtherEmail, kOtherPassword), otherBefore); // nothing in B's
        app.session.finish();

        // A comes back: the filing leaves with A's own session, into A's account.
        core.accounts.login(kDemoEmail, kDemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(core.accounts.loggedIn(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            outbox->entry(filed)->state, OutboxEntry::State::Delivered, 20000);
        const QString number = QJsonDocument::fromJson(outbox->entry(filed)->response)
                                   .object()
                                   .value("number")
                                   .toString();
        QVERIFY(!number.isEmpty());
        app.session.finish();
        QVERIFY(requestNumbers(kDemoEmail, kDemoPassword).contains(number));
        QVERIFY(!requestNumbers(kOtherEmail, kOtherPassword).contains(number));
    }
};

QTEST_MAIN(TestSessionsSandbox) // AppServices holds the theme and the documents (QtGui)
#include "tst_sessions_sandbox.moc"
