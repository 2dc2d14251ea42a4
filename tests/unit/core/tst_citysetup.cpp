// SPDX-License-Identifier: GPL-3.0-or-later
// The signed city list (Ed25519) and the first-run choice written to the user's file. The
// signing key of these tests is made here, at test time: the release key is never in the repo.
#include "config/citylist.h"
#include "config/citysetup.h"
#include "config/configsources.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#include <memory>

namespace {

struct TestKey
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key { nullptr, &EVP_PKEY_free };

    TestKey()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
        EVP_PKEY* k = nullptr;
        if (ctx && EVP_PKEY_keygen_init(ctx.get()) == 1 && EVP_PKEY_keygen(ctx.get(), &k) == 1)
            key.reset(k);
    }

    QByteArray publicKey() const
    {
        QByteArray raw(32, '\0');
        size_t len = 32;
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(raw.data()), &len);
        return raw;
    }

    QByteArray sign(const QByteArray& data) const
    {
        QByteArray sig(64, '\0');
        size_t len = 64;
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
            EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
            || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                   reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()))
                != 1)
            return {};
        return sig;
    }
};

const QByteArray kList = "{ \"format\": 1, \"cities\": [ { \"id\": \"testville\", "
                         "\"name\": \"Testville\", "
                         "\"api_url\": \"https://eguichet.testville.example/v1\", "
                         "\"mail_sender\": \"no-reply@testville.example\" } ] }";

} // namespace

class TestCitySetup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString& name, const QByteArray& data)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("etc"));
        qputenv("EGUICHET_SYSTEM_CONFIG_DIR", QFile::encodeName(m_dir.filePath("etc")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath("home")));
    }

    void cleanup() { QFile::remove(ConfigSources::userConfigFile()); }

    void shippedList_verifiesWithTheReleaseKey()
    {
        QString error;
        const auto cities = CityList::loadShipped(&error);
        QVERIFY2(cities, qPrintable(error));
        QCOMPARE(cities->first().id, QStringLiteral("namur"));
        for (const CityEntry& c : *cities) {
            QCOMPARE(c.apiUrl.scheme(), QStringLiteral("https"));
            QVERIFY2(c.apiUrl.host() != QLatin1String("127.0.0.1") && c.apiUrl.port() != 8443,
                qPrintable(c.apiUrl.toString())); // never the sandbox
            QVERIFY(!c.mailSender.isEmpty());
        }
    }

    void signature_onlyTheKeysOwnAndOnlyTheExactBytes()
    {
        const TestKey key;
        QVERIFY(key.key);
        const QByteArray sig = key.sign(kList);
        QCOMPARE(sig.size(), 64);
        QVERIFY(CityList::verify(kList, sig, key.publicKey()));

        QByteArray tampered = kList;
        tampered.replace("testville.example/v1", "attacker.example/v1/");
        QVERIFY(!CityList::verify(tampered, sig, key.publicKey()));
        QByteArray flipped = sig;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!CityList::verify(kList, flipped, key.publicKey()));
        QVERIFY(!CityList::verify(kList, sig, TestKey().publicKey()));
        QVERIFY(!CityList::verify(kList, sig, CityList::releasePublicKey()));
        QVERIFY(!CityList::verify(kList, sig.left(63), key.publicKey()));
        QVERIFY(!CityList::verify(kList, QByteArray(), key.publicKey()));
    }

    void load_refusesAListSignedByAnotherKey()
    {
        const TestKey key;
        write("cities.json", kList);
        write("cities.json.sig", key.sign(kList));
        QString error;
        auto cities = CityList::load(m_dir.filePath("cities.json"),
            m_dir.filePath("cities.json.sig"), key.publicKey(), &error);
        QVERIFY2(cities, qPrintable(error));
        QCOMPARE(cities->first().name, QStringLiteral("Testville"));

        cities = CityList::load(m_dir.filePath("cities.json"), m_dir.filePath("cities.json.sig"),
            CityList::releasePublicKey(), &error);
        QVERIFY(!cities);
        QVERIFY2(error.contains(QStringLiteral("signature")), qPrintable(error));
    }

    void parse_refusesAPlainHttpCity()
    {
        QString error;
        QVERIFY(!CityList::parse("{\"format\":1,\"cities\":[{\"id\":\"x\",\"name\":\"X\","
                                 "\"api_url\":\"http://x.example/v1\"}]}",
            &error));
        QVERIFY(!CityList::parse("{\"format\":2,\"cities\":[]}", &error));
        QVERIFY(!CityList::parse("not json", &error));
    }

    void chooseCity_writesTheUsersFile_whichTheNextStartReads()
    {
        QString error;
        CitySetup setup(*CityList::parse(kList, &error));
        QCOMPARE(setup.cities().size(), 1);
        QSignalSpy chosen(&setup, &CitySetup::chosen);
        QVERIFY(!setup.chooseCity(QStringLiteral("elsewhere")));
        QVERIFY(!setup.error().isEmpty());
        QVERIFY(setup.chooseCity(QStringLiteral("testville")));
        QCOMPARE(chosen.size(), 1);
        QVERIFY(setup.error().isEmpty());

        ConfigSources sources;
        QCOMPARE(sources.load({}), QString());
        QCOMPARE(sources.config.cityName, QStringLiteral("Testville"));
        QCOMPARE(sources.config.mailSender, QStringLiteral("no-reply@testville.example"));
        QCOMPARE(
            sources.config.apiUrl, QUrl(QStringLiteral("https://eguichet.testville.example/v1")));
        QCOMPARE(sources.originOf(QStringLiteral("api/url")), ConfigSources::userConfigFile());
    }

    void chooseUrl_httpsAndANameOnly()
    {
        CitySetup setup({});
        QVERIFY(!setup.listAvailable());
        QVERIFY(!setup.chooseUrl(QStringLiteral("http://eguichet.ville.example/v1"), "Ville"));
        QVERIFY(!setup.error().isEmpty());
        QVERIFY(!setup.chooseUrl(QStringLiteral("https://eguichet.ville.example/v1"), "  "));
        QVERIFY(setup.chooseUrl(QStringLiteral(" https://eguichet.ville.example/v1 "), "Ville"));
        ConfigSources sources;
        QCOMPARE(sources.load({}), QString());
        QCOMPARE(sources.config.cityName, QStringLiteral("Ville"));
        QCOMPARE(sources.config.mailSender, QString());
        QCOMPARE(sources.config.apiUrl.host(), QStringLiteral("eguichet.ville.example"));

        int restarts = 0;
        setup.setRestarter([&restarts] { ++restarts; });
        setup.restart();
        QCOMPARE(restarts, 1);
    }
};

QTEST_GUILESS_MAIN(TestCitySetup)
#include "tst_citysetup.moc"
