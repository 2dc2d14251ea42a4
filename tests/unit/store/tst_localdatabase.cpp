// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations from empty and from every older version, drafts per mode, the catalogue cache
// and the kiosk purge.

#include "store/localstore.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestLocalDatabase : public QObject
{
    Q_OBJECT

private:
    static QStringList columns(const LocalDatabase& db, const QString& table)
    {
        QStringList names;
        const QSqlRecord record = db.database().record(table);
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }

private slots:
    void migratesFromEmpty()
    {
        QTemporaryDir dir;
        QString error;
        auto db = LocalDatabase::open(dir.filePath("a.sqlite"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), LocalDatabase::latestVersion());
        QVERIFY(columns(*db, "outbox").contains("next_attempt_at"));
        QVERIFY(columns(*db, "drafts").contains("schema_version"));
        QVERIFY(db->database().tables().contains("catalogue_cache"));
        QSqlQuery mode(db->database());
        QVERIFY(mode.exec("PRAGMA journal_mode") && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < LocalDatabase::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEachOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        QString error;
        {
            auto old = LocalDatabase::open(path, &error, from);
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->version(), from);
            // A row written by the old version must survive the upgrade.
            QSqlQuery insert(old->database());
            QVERIFY(insert.exec("INSERT INTO drafts (user_id, service_slug, content, updated_at)"
                                " VALUES ('u1', 'acte', '{\"page\":\"p2\"}', 1)"));
            QVERIFY(insert.exec("INSERT INTO outbox (idempotency_key, method, path, body, state,"
                                " created_at, updated_at) VALUES ('k1', 'POST', '/v1/requests',"
                                " '{}', 'pending', 1, 1)"));
        }
        auto db = LocalDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), LocalDatabase::latestVersion());
        DraftStore drafts(db.get(), true);
        QCOMPARE(drafts.load("u1", "acte")->value("page").toString(), QStringLiteral("p2"));
        RequestOutbox outbox(db.get());
        QCOMPARE(outbox.pending().size(), 1);
        QCOMPARE(outbox.pending().first().idempotencyKey, QStringLiteral("k1"));
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.sqlite");
        QString error;
        {
            auto db = LocalDatabase::open(path, &error);
            QSqlQuery bump(db->database());
            QVERIFY(bump.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                                  .arg(LocalDatabase::latestVersion() + 1)));
        }
        QVERIFY(!LocalDatabase::open(path, &error));
        QVERIFY(error.contains("newer"));
    }

    void draftsPersistAtHomeOnly()
    {
        QTemporaryDir dir;
        const QJsonObject draft { { "page", "details" }, { "schema_version", 3 } };
        {
            LocalStore home(dir.filePath("home"), AppMode::Home);
            QString error;
            QVERIFY2(home.open(&error), qPrintable(error));
            QVERIFY(home.drafts()->save("u1", "acte", draft));
        }
        {
            LocalStore home(dir.filePath("home"), AppMode::Home);
            QVERIFY(home.open(nullptr));
            QCOMPARE(home.drafts()->load("u1", "acte"), std::optional<QJsonObject>(draft));
            QVERIFY(!home.drafts()->load("u2", "acte")); // another user's drafts are apart
        }
        {
            LocalStore kiosk(dir.filePath("kiosk"), AppMode::Kiosk);
            QVERIFY(kiosk.open(nullptr));
            QVERIFY(kiosk.drafts()->save("u1", "acte", draft));
            QCOMPARE(kiosk.drafts()->load("u1", "acte"), std::optional<QJsonObject>(draft));
            QSqlQuery rows(kiosk.database()->database());
            QVERIFY(rows.exec("SELECT COUNT(*) FROM drafts") && rows.next());
            QCOMPARE(rows.value(0).toInt(), 0); // never written in kiosk mode
        }
        {
            LocalStore counter(dir.filePath("counter"), AppMode::Counter);
            QVERIFY(counter.open(nullptr));
            QVERIFY(!counter.drafts()->persists()); // a clerk's PC serves many citizens
        }
    }

    void catalogueCacheKeepsEtag()
    {
        QTemporaryDir dir;
        LocalStore store(dir.path(), AppMode::Home);
        QVERIFY(store.open(nullptr));
        QVERIFY(!store.catalogue()->get("services:fr"));
        QVERIFY(store.catalogue()->put("services:fr", "\"v1\"", "[1]"));
        QVERIFY(store.catalogue()->put("services:fr", "\"v2\"", "[1,2]"));
        const auto doc = store.catalogue()->get("services:fr");
        QVERIFY(doc);
        QCOMPARE(doc->etag, QStringLiteral("\"v2\""));
        QCOMPARE(doc->body, QByteArray("[1,2]"));
        QVERIFY(qAbs(doc->fetchedAt.secsTo(QDateTime::currentDateTime())) < 5);
    }

    void purgeSessionLeavesNothingPersonal()
    {
        QTemporaryDir dir;
        LocalStore store(dir.path(), AppMode::Kiosk);
        QVERIFY(store.open(nullptr));
        store.drafts()->save(
            "u1", "acte", { { "values", QJsonObject { { "nrn", "85073003328" } } } });
        const qint64 pending = store.outbox()->enqueue("u1", "POST", "/v1/requests", "{\"a\":1}");
        const qint64 done = store.outbox()->enqueue("u1", "POST", "/v1/requests", "{\"b\":2}");
        QSqlQuery mark(store.database()->database());
        QVERIFY(mark.exec(
            QStringLiteral("UPDATE outbox SET state = 'delivered' WHERE id = %1").arg(done)));
        QFile temp(QDir(store.sessionTempDir()).filePath("acte.pdf"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("%PDF");
        temp.close();
        store.catalogue()->put("services:fr", "e", "[]");

        store.purgeSession();
        QVERIFY(!store.drafts()->load("u1", "acte"));
        QVERIFY(!store.outbox()->entry(done));
        QVERIFY(store.outbox()->entry(pending)); // still on its way to the city
        QVERIFY(!QFile::exists(temp.fileName()));
        QVERIFY(store.catalogue()->get("services:fr")); // not personal
    }
};

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
