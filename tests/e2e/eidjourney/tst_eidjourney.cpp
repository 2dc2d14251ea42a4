// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's card path with nothing simulated inside the app: the real window (offscreen),
// the app's own PC/SC backend and card signer against the real pcscd and the virtual card
// (eguichet-vcard on vpcd, fixtures card_pcscd and card_images), and the real sandbox city
// over TLS trusting the cards' test roots. Card in -> reading page -> PIN on the on-screen
// pad (a wrong one first) -> consent -> eID login -> composition de ménage pre-filled from the
// card, locked -> confirmation -> "Mes demandes" -> profile locked -> card out: the session
// ends and nothing personal is left in the QML objects, the C++ state, the database or the
// session folder. Screenshots: build/screenshots/kiosk-NN-*.png (docs/screenshots/).
#include "eidreader.h"
#include "qmlfind.h"
#include "sandboxcity.h"
#include "testservices.h"
#include "windowdriver.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaProperty>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

namespace {

// The virtual cards of tests/e2e/card/card_images.py, one per applet generation: ctest runs
// this journey once with each (EGUICHET_JOURNEY_CARD=good17 | good18).
struct JourneyCard
{
    QString image;
    QString pin;
    QString surname;
    QString firstName; // as the greeting shows it
    QStringList personal; // what must never outlive the session
};

JourneyCard journeyCard()
{
    if (qEnvironmentVariable("EGUICHET_JOURNEY_CARD") == QLatin1String("good18"))
        return { QStringLiteral(CARD_IMAGES "/good18"), QStringLiteral("987654"),
            QStringLiteral(
                "de Merode-Wéström d'Ursel van der Straeten-Ponthoz Rodríguez-Castellón"),
            QStringLiteral("Marie-Thérèse"),
            { QStringLiteral("Merode-W"), QStringLiteral("Marie-Th"), QStringLiteral("03080915415"),
                QStringLiteral("03.08.09") } };
    return { QStringLiteral(CARD_IMAGES "/good17"), QStringLiteral("1234"),
        QStringLiteral("Dubois-Lefèvre"), QStringLiteral("Jean-François"),
        { QStringLiteral("Dubois-Lef"), QStringLiteral("Jean-Fran"), QStringLiteral("85061415390"),
            QStringLiteral("85.06.14") } };
}

const JourneyCard kCard = journeyCard();
const QString kImage = kCard.image;
const QString kPin = kCard.pin;
const QStringList kPersonal = kCard.personal;

QString personalIn(const QString& text)
{
    for (const QString& s : kPersonal) {
        if (text.contains(s))
            return s;
    }
    return {};
}

QString stringOf(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QString)
        return value.toString();
    if (value.metaType().id() == QMetaType::QUrl)
        return value.toUrl().toString();
    if (value.canConvert<QVariantList>() || value.canConvert<QVariantMap>()) {
        const QJsonValue json = QJsonValue::fromVariant(value);
        if (json.isArray())
            return QString::fromUtf8(QJsonDocument(json.toArray()).toJson());
        if (json.isObject())
            return QString::fromUtf8(QJsonDocument(json.toObject()).toJson());
    }
    return {};
}

/** Every object under root (QObject children and visual children), each once. */
void collect(QObject* root, QSet<QObject*>& seen)
{
    if (!root || seen.contains(root))
        return;
    seen.insert(root);
    for (QObject* child : root->children())
        collect(child, seen);
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems())
            collect(child, seen);
    }
}

/** "object.property: value" for each readable string-like property or model cell holding data. */
QStringList personalLeftIn(const QList<QObject*>& roots)
{
    QSet<QObject*> seen;
    for (QObject* root : roots)
        collect(root, seen);
    QStringList found;
    for (QObject* o : seen) {
        const QMetaObject* meta = o->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty p = meta->property(i);
            if (!p.isReadable() || p.metaType().flags().testFlag(QMetaType::PointerToQObject))
                continue;
            const QString hit = personalIn(stringOf(p.read(o)));
            if (!hit.isEmpty())
                found << QStringLiteral("%1(%2).%3 holds %4")
                             .arg(QString::fromLatin1(meta->className()), o->objectName(),
                                 QString::fromLatin1(p.name()), hit);
        }
        if (auto* model = qobject_cast<QAbstractItemModel*>(o)) {
            const auto roles = model->roleNames().keys();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int role : roles) {
                    const QString hit = personalIn(stringOf(model->index(row, 0).data(role)));
                    if (!hit.isEmpty())
                        found << QStringLiteral("model %1 row %2 holds %3")
                                     .arg(QString::fromLatin1(meta->className()))
                                     .arg(row)
                                     .arg(hit);
                }
            }
        }
    }
    return found;
}

/** Rows of every table of the SQLite files under dir whose text holds personal data. */
QStringList personalRowsIn(const QString& dir)
{
    QStringList found;
    QDirIterator files(dir, { QStringLiteral("*.sqlite"), QStringLiteral("*.db") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString name = QStringLiteral("scan-") + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                found << QStringLiteral("cannot open ") + path;
                continue;
            }
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& table : names) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c) {
                        const QVariant v = rows.value(c);
                        const QString text = v.metaType().id() == QMetaType::QByteArray
                            ? QString::fromUtf8(v.toByteArray())
                            : v.toString();
                        const QString hit = personalIn(text);
                        if (!hit.isEmpty())
                            found << QStringLiteral("%1: table %2 holds %3").arg(path, table, hit);
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    return found;
}

/** Raw bytes of every file under dir (database, WAL, settings, temporary files). */
QStringList personalBytesIn(const QString& dir)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& s : kPersonal) {
            if (bytes.contains(s.toUtf8()))
                found << QStringLiteral("%1 holds %2").arg(f.fileName(), s);
        }
    }
    return found;
}

} // namespace

class TestEidJourney : public QObject, public WindowDriver
{
    Q_OBJECT

    SandboxCity m_city;
    QString m_port;
    QProcess m_vcard;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    /** The PIN on the on-screen pad, key by key, then "Valider". */
    void typePin(const QString& pin)
    {
        for (const QChar digit : pin)
            click(QStringLiteral("pinKey") + digit);
        click(QStringLiteral("pinKeyOk"));
    }
    // The card's reads and the PIN run on a busy machine too: more time than the default.
    void waitForPage(const char* name) { WindowDriver::waitForPage(name, 15000); }
    void insertCard()
    {
        m_vcard.setProcessChannelMode(QProcess::ForwardedChannels);
        m_vcard.start(QStringLiteral(EGUICHET_VCARD), { "--image", kImage, "--port", m_port });
        QVERIFY(m_vcard.waitForStarted());
    }

private slots:
    void initTestCase()
    {
        // The 1.7 run's pictures are the documented ones; the 1.8 run keeps its own.
        m_shotPattern = kImage.endsWith(QLatin1String("good18"))
            ? QStringLiteral(SCREENSHOT_DIR "/kiosk18-%1-%2.png")
            : QStringLiteral(SCREENSHOT_DIR "/kiosk-%1-%2.png");
        // The pcscd of the card_pcscd fixture: its vpcd port (the card connects there).
        QProcess fixture;
        fixture.start(QStringLiteral(PCSCD_FIXTURE), { "status" });
        QVERIFY(fixture.waitForFinished(15000));
        QVERIFY2(fixture.exitCode() == 0, "pcscd fixture not running (card_pcscd_start?)");
        for (const QString& line : QString::fromUtf8(fixture.readAllStandardOutput()).split('\n')) {
            if (line.startsWith(QLatin1String("port=")))
                m_port = line.mid(5).trimmed();
        }
        QVERIFY(!m_port.isEmpty());
        const QString root = kImage + QStringLiteral("/trust-root.pem");
        QVERIFY2(QFile::exists(root), "card images missing (card_images fixture)");

        QString error;
        QVERIFY2(
            m_city.start(QStringLiteral(EGUICHET_SANDBOX), &error, { "--eid-trust-root", root }),
            qPrintable(error));
        AppConfig config;
        config.mode = AppMode::Kiosk;
        config.apiUrl = m_city.apiUrl;
        config.caFile = m_city.caFile;
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // The app's own PC/SC backend, trusting the virtual cards' test root besides Belgium's.
        m_services
            = std::make_unique<TestServices>(config, 600000, 60000, makePcscCardBackend({ root }));
        // The production signer: the card library over PC/SC, as main() builds it.
        m_services->signScript = [](const std::string& reader, const eid::Bytes& data,
                                     const auto& pin, const auto& pad) {
            return eid::EidReader::signWithAuthenticationKey(reader, data, pin, pad);
        };
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        waitForPage("welcomePage");
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->card.readers().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->card.state(), CardService::State::NoCard, 15000);
    }

    void cleanupTestCase()
    {
        if (m_vcard.state() != QProcess::NotRunning) {
            m_vcard.terminate();
            m_vcard.waitForFinished(5000);
        }
        m_engine.reset();
        m_services.reset();
    }

    void cardIn_nameAsSoonAsRead_thenVerified()
    {
        shot("welcome");
        insertCard();
        waitForPage("cardReadingPage");
        // The greeting comes from the identity file, before the verdict (and stays).
        QTRY_VERIFY_WITH_TIMEOUT(shown("greeting"), 20000);
        QVERIFY(find("greeting")->property("text").toString().contains(kCard.firstName));
        QTRY_COMPARE_WITH_TIMEOUT(m_services->card.state(), CardService::State::Verified, 30000);
        QVERIFY(m_services->session.active());
        QVERIFY(!m_services->card.signedFiles().isEmpty());
        QTRY_VERIFY(shown("continueButton"));
        QVERIFY(!m_services->core.accounts.loggedIn());
        shot("card-verified");
    }

    void pinOnTheScreenPad_aWrongOneShowsTheTriesLeft()
    {
        click("continueButton");
        waitForPage("pinEntryPage");
        QTRY_VERIFY_WITH_TIMEOUT(m_services->cardLogin.pinRequested(), 20000);
        QCOMPARE(m_services->cardLogin.triesLeft(), 3);
        QVERIFY(find("pinTriesLeft")->property("text").toString().contains("3"));
        shot("pin");
        typePin(QStringLiteral("9999"));
        QVERIFY(find("pinField")->property("text").toString().isEmpty()); // handed over, gone
        QTRY_VERIFY_WITH_TIMEOUT(shown("pinError"), 20000);
        QVERIFY(find("pinError")->property("text").toString().contains("2 essai"));
        QVERIFY(shown("pinRetryButton"));
        QVERIFY(!m_services->core.accounts.loggedIn());
        shot("pin-wrong");

        click("pinRetryButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_services->cardLogin.pinRequested(), 20000);
        QCOMPARE(m_services->cardLogin.triesLeft(), 2);
        typePin(kPin);
    }

    void firstLogin_asksConsent_thenOpensTheEidSession()
    {
        // A national number the city has never seen: nothing is created before the yes.
        waitForPage("eidConsentPage");
        QVERIFY(m_services->core.accounts.consentNeeded());
        QCOMPARE(m_services->core.accounts.consentAccountAction(), QStringLiteral("create"));
        QVERIFY(!m_services->core.accounts.loggedIn());
        QVERIFY(shown("consentNoPhoto"));
        QVERIFY(find("consentIntro")->property("text").toString().contains("créé"));
        shot("consent");
        click("consentAcceptButton");
        waitForPage("citizenHomePage");
        QVERIFY(m_services->core.accounts.loggedIn());
        QCOMPARE(m_services->core.accounts.authLevel(), QStringLiteral("eid"));
        QVERIFY(!m_services->core.accounts.consentNeeded());
        QTRY_VERIFY(find("homeGreeting")->property("text").toString().contains(kCard.firstName));
        shot("home");
    }

    void compositionDeMenage_prefilledFromTheCard_locked_andFiled()
    {
        click("servicesTile");
        waitForPage("cataloguePage");
        QTRY_VERIFY_WITH_TIMEOUT(find("service_composition-de-menage"), 15000);
        click("service_composition-de-menage");
        waitForPage("servicePage");
        click("startRequestButton");
        waitForPage("formPage");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_services->core.requests.state(), RequestController::Editing, 15000);
        QTRY_VERIFY(find("field_surname"));
        QCOMPARE(find("field_surname")->property("text").toString(), kCard.surname);
        QVERIFY(find("field_surname")->property("readOnly").toBool());
        QCOMPARE(find("field_national_number")->property("readOnly").toBool(), true);
        QVERIFY(
            find("fieldSource_surname")->property("text").toString().contains("carte d'identité"));
        QVERIFY(!find("field_municipality")->property("text").toString().isEmpty());
        shot("form-from-card");
        // A card holds no e-mail address: the new account has none yet.
        if (find("field_email") && find("field_email")->property("text").toString().isEmpty())
            type("field_email", QStringLiteral("jf.dubois@namur.example"));

        click("formNextButton");
        QTRY_COMPARE(
            m_services->core.requests.form()->pageId(), QStringLiteral("beneficiary_page"));
        QTRY_VERIFY(find("field_beneficiary_me"));
        click("field_beneficiary_me");
        click("formNextButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("details"));
        QTRY_VERIFY(find("field_purpose_school"));
        click("field_purpose_school");
        type("field_copies", QStringLiteral("1"));
        click("formNextButton");
        QTRY_COMPARE(m_services->core.requests.form()->pageId(), QStringLiteral("delivery_page"));
        QTRY_VERIFY(find("field_delivery_pickup"));
        click("field_delivery_pickup");
        click("formNextButton");
        waitForPage("reviewPage");
        QVERIFY(QMetaObject::invokeMethod(find("consentBox"), "toggle"));
        click("submitRequestButton");
        waitForPage("confirmationPage");
        const QString number = m_services->core.requests.requestNumber();
        QVERIFY(!number.isEmpty());
        QVERIFY(find("requestNumber")->property("text").toString().contains(number));
        shot("confirmation");

        click("openMyRequestsButton");
        waitForPage("myRequestsPage");
        QTRY_VERIFY_WITH_TIMEOUT(find("request_" + number), 15000);
        shot("my-requests");
    }

    void profile_fromTheCard_isLocked()
    {
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openFromHome",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/ProfilePage.qml")))));
        waitForPage("profilePage");
        QTRY_VERIFY_WITH_TIMEOUT(m_services->core.profile.loaded(), 15000);
        QTRY_VERIFY(find("profile_surname"));
        QCOMPARE(find("profile_surname")->property("text").toString(), kCard.surname);
        QVERIFY(find("profile_surname")->property("readOnly").toBool());
        QVERIFY(shown("profileSource_surname"));
        // The address came from the card's signed address file, not typed: locked too.
        QVERIFY(shown("profileSource_street_and_number"));
        QVERIFY(!find("profile_street_and_number")->property("text").toString().isEmpty());
        const QVariantList fields = m_services->core.profile.fields();
        int locked = 0;
        for (const QVariant& f : fields) {
            const QVariantMap field = f.toMap();
            if (field.value("source").toString() == QLatin1String("eid")) {
                QVERIFY(field.value("locked").toBool());
                ++locked;
            }
        }
        QVERIFY2(locked >= 8, qPrintable(QString::number(locked))); // identity + address
        // The scanners used after the session do see the citizen while it is open: on
        // screen, and in the outbox that holds the filed request until the session ends.
        QVERIFY(!personalLeftIn({ m_window }).isEmpty());
        QVERIFY(!personalRowsIn(m_services->dataDir.path()).isEmpty());
        QVERIFY(!personalBytesIn(m_services->dataDir.path()).isEmpty());
        shot("profile-from-card");
    }

    void cardOut_endsTheSession_andLeavesNothingPersonal()
    {
        ::kill(pid_t(m_vcard.processId()), SIGUSR2); // the citizen pulls the card
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->session.active(), 15000);
        waitForPage("welcomePage");
        shot("card-out");

        // C++ state.
        QVERIFY(m_services->card.identity().isEmpty());
        QVERIFY(m_services->card.signedFiles().isEmpty());
        QVERIFY(m_services->card.displayName().isEmpty());
        QVERIFY(!m_services->core.accounts.loggedIn());
        QVERIFY(m_services->core.accounts.displayName().isEmpty());
        QVERIFY(!m_services->core.api.hasSession());
        QVERIFY(m_services->core.profile.fields().isEmpty());
        QCOMPARE(m_services->core.requests.state(), RequestController::Idle);
        QCOMPARE(m_services->core.requests.form()->rowCount(), 0);
        QCOMPARE(m_services->core.myRequests.rowCount(), 0);
        QVERIFY(!m_services->cardLogin.pinRequested());

        // QML: every object of the window and every singleton the screens reach.
        QList<QObject*> roots { m_window, &m_services->core.accounts, &m_services->core.profile,
            &m_services->core.requests, &m_services->core.myRequests,
            &m_services->core.requestHistory, &m_services->card, &m_services->cardLogin };
        for (QObject* root : m_engine->rootObjects())
            roots << root;
        QTRY_VERIFY_WITH_TIMEOUT(personalLeftIn(roots).isEmpty(), 5000);

        // Disk: the database (drafts, outbox, caches), its WAL, the session folder.
        const QString data = m_services->dataDir.path();
        const QStringList rows = personalRowsIn(data);
        QVERIFY2(rows.isEmpty(), qPrintable(rows.join('\n')));
        const QStringList bytes = personalBytesIn(data);
        QVERIFY2(bytes.isEmpty(), qPrintable(bytes.join('\n')));
        const QDir session(QDir(data).filePath(QStringLiteral("session-tmp")));
        QVERIFY(!session.exists() || session.isEmpty());
    }
};

QTEST_MAIN(TestEidJourney)
#include "tst_eidjourney.moc"
