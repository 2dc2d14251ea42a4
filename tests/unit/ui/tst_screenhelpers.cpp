// SPDX-License-Identifier: GPL-3.0-or-later
// The screens' C++ helpers (app/screens): catalogue filtering, remembered e-mail, date and file
// input, a request's timeline. No network: documents are handed in as the city sends them.
#include "accounts/loginmemory.h"
#include "catalogue/cataloguemodel.h"
#include "forms/forminput.h"
#include "requests/requesthistory.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonArray json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

const char* kCategories = R"([
  {"slug":"population","title":"Population","description":"Certificats"},
  {"slug":"etat-civil","title":"État civil","description":"Actes"}])";
const char* kServices = R"([
  {"slug":"composition-de-menage","category_slug":"population","kind":"form","auth":"password",
   "title":"Composition de ménage","description":"Liste des personnes","keywords":["certificat"],
   "price_cents":0,"handled_by":"automatic"},
  {"slug":"certificat-de-nationalite","category_slug":"population","kind":"form","auth":"eid",
   "title":"Certificat de nationalité","description":"Votre nationalité","keywords":[],
   "price_cents":0,"handled_by":"automatic"},
  {"slug":"acte-de-naissance","category_slug":"etat-civil","kind":"form","auth":"password",
   "title":"Acte de naissance","description":"Copie ou extrait","keywords":["certificat"],
   "price_cents":300,"handled_by":"staff"}])";

QStringList slugs(const CatalogueModel& model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.data(model.index(i), CatalogueModel::SlugRole).toString();
    return out;
}

} // namespace

class TestScreenHelpers : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_firstCategoryByDefault_thenTheChosenOne()
    {
        CatalogueModel model(nullptr);
        model.setDocuments(json(kCategories), json(kServices));
        QCOMPARE(model.category(), QStringLiteral("population"));
        QCOMPARE(
            slugs(model), QStringList({ "composition-de-menage", "certificat-de-nationalite" }));
        QCOMPARE(model.categories().size(), 2);
        model.setCategory(QStringLiteral("etat-civil"));
        QCOMPARE(slugs(model), QStringList({ "acte-de-naissance" }));
        QCOMPARE(model.count(), 1);
    }

    void catalogue_searchCrossesCategories_ignoringCaseAndAccents()
    {
        CatalogueModel model(nullptr);
        model.setDocuments(json(kCategories), json(kServices));
        model.setSearch(QStringLiteral("MENAGE"));
        QCOMPARE(slugs(model), QStringList({ "composition-de-menage" }));
        model.setSearch(QStringLiteral("certificat"));
        QCOMPARE(slugs(model).size(), 3); // titles and keywords, every category
        model.setSearch(QStringLiteral("certificat naissance"));
        QCOMPARE(slugs(model), QStringList({ "acte-de-naissance" }));
        model.setSearch(QStringLiteral("passeport"));
        QCOMPARE(model.count(), 0);
    }

    void catalogue_serviceDetails()
    {
        CatalogueModel model(nullptr);
        model.setDocuments(json(kCategories), json(kServices));
        const QVariantMap s = model.service(QStringLiteral("acte-de-naissance"));
        QCOMPARE(s.value("priceCents").toInt(), 300);
        QCOMPARE(s.value("handledBy").toString(), QStringLiteral("staff"));
        QCOMPARE(s.value("categoryTitle").toString(), QStringLiteral("État civil"));
        QVERIFY(model.service(QStringLiteral("unknown")).isEmpty());
    }

    void loginMemory_keepsTheAddressAtHomeOnly_neverWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            LoginMemory home(true, file);
            QVERIFY(home.email().isEmpty());
            QSignalSpy changed(&home, &LoginMemory::emailChanged);
            home.remember(QStringLiteral(" demo@namur.example "), true);
            QCOMPARE(home.email(), QStringLiteral("demo@namur.example"));
            QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(LoginMemory(true, file).email(), QStringLiteral("demo@namur.example"));
        // Only the address is written: nothing else, and never a password.
        QCOMPARE(QSettings(file, QSettings::IniFormat).allKeys(), QStringList({ "login/email" }));

        LoginMemory kiosk(false, file);
        QVERIFY(kiosk.email().isEmpty());
        kiosk.remember(QStringLiteral("other@namur.example"), true);
        QCOMPARE(LoginMemory(true, file).email(), QStringLiteral("demo@namur.example"));

        LoginMemory again(true, file);
        again.remember(QStringLiteral("demo@namur.example"), false);
        QVERIFY(again.email().isEmpty());
        QVERIFY(LoginMemory(true, file).email().isEmpty());
    }

    void formInput_belgianDates()
    {
        QCOMPARE(
            FormInput::dateFromInput(QStringLiteral("30/07/1985")), QStringLiteral("1985-07-30"));
        QCOMPARE(
            FormInput::dateFromInput(QStringLiteral("1.2.2020")), QStringLiteral("2020-02-01"));
        QCOMPARE(
            FormInput::dateFromInput(QStringLiteral("31/02/2020")), QStringLiteral("31/02/2020"));
        QCOMPARE(FormInput::dateFromInput(QStringLiteral("hier")), QStringLiteral("hier"));
        // The kiosk's digits pad has no '/': eight digits are a date, fewer are not yet.
        QCOMPARE(
            FormInput::dateFromInput(QStringLiteral("30071985")), QStringLiteral("1985-07-30"));
        QCOMPARE(FormInput::dateFromInput(QStringLiteral("3007198")), QStringLiteral("3007198"));
        QCOMPARE(FormInput::dateFromInput(QStringLiteral("31022020")), QStringLiteral("31022020"));
        QCOMPARE(
            FormInput::dateForInput(QStringLiteral("1985-07-30")), QStringLiteral("30/07/1985"));
        QCOMPARE(FormInput::dateForInput(QStringLiteral("30/0")), QStringLiteral("30/0"));
    }

    void formInput_fileAsTheFormSendsIt()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("procuration.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n%%EOF\n");
        f.close();
        const QVariantMap v = FormInput::readFile(QUrl::fromLocalFile(f.fileName()));
        QCOMPARE(v.value("name").toString(), QStringLiteral("procuration.pdf"));
        QCOMPARE(v.value("content_type").toString(), QStringLiteral("application/pdf"));
        QCOMPARE(QByteArray::fromBase64(v.value("base64").toString().toLatin1()),
            QByteArray("%PDF-1.4\n%%EOF\n"));
        QVERIFY(FormInput::readFile(QUrl::fromLocalFile(f.fileName()), 4).isEmpty());
        QVERIFY(FormInput::readFile(QUrl::fromLocalFile(dir.filePath("none.pdf"))).isEmpty());
    }

    void requestHistory_timelineOldestFirst_lastIsCurrent()
    {
        RequestHistory history(nullptr);
        history.apply(QJsonDocument::fromJson(R"({"number":"NAM-2026-000042",
            "service_title":"Composition de ménage",
            "status":{"id":"done","label":"Terminée","final":true},
            "history":[{"at":"2026-11-20T09:00:00Z","status":{"id":"submitted","label":"Envoyée"}},
                       {"at":"2026-11-21T10:00:00Z","status":{"id":"done","label":"Terminée"},
                        "message":"Document prêt"}],
            "documents":[{"doc_id":"7","filename":"composition.pdf","size":1234}]})")
                          .object());
        QCOMPARE(history.number(), QStringLiteral("NAM-2026-000042"));
        QCOMPARE(history.statusLabel(), QStringLiteral("Terminée"));
        QCOMPARE(history.steps().size(), 2);
        const QVariantMap first = history.steps().first().toMap();
        const QVariantMap last = history.steps().last().toMap();
        QCOMPARE(first.value("statusLabel").toString(), QStringLiteral("Envoyée"));
        QCOMPARE(first.value("at").toDate(), QDate(2026, 11, 20));
        QVERIFY(!first.value("current").toBool());
        QVERIFY(last.value("current").toBool());
        QCOMPARE(last.value("message").toString(), QStringLiteral("Document prêt"));
        QCOMPARE(history.documents().size(), 1);
        QCOMPARE(
            history.documents().first().toMap().value("docId").toString(), QStringLiteral("7"));
        QCOMPARE(history.documents().first().toMap().value("filename").toString(),
            QStringLiteral("composition.pdf"));
        history.clear();
        QVERIFY(history.steps().isEmpty());
        QVERIFY(history.documents().isEmpty());
        QVERIFY(history.number().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScreenHelpers)
#include "tst_screenhelpers.moc"
