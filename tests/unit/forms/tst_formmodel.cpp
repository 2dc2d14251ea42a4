// SPDX-License-Identifier: GPL-3.0-or-later
// Schema parsing, prefill sources and locks, page navigation with hidden pages, the error
// summary, review, payload, server errors and language changes of the form engine.

#include "forms/formmodel.h"
#include "forms/formschema.h"
#include "forms/inputkind.h"
#include "requests/cardprefillrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

// A "composition de ménage"-like form; `lang` changes the texts as Accept-Language would.
QJsonObject schemaJson(const QString& lang = QStringLiteral("fr"))
{
    const bool nl = lang == QLatin1String("nl");
    const QString text = QStringLiteral(R"({
      "slug": "composition-de-menage", "version": 3, "title": "%1",
      "pages": [
        {"id": "beneficiary", "title": "%2", "condition": "true", "fields": [
          {"id": "who", "type": "item", "label": "%3", "required": true,
           "options": [{"value": "me", "label": "Moi"}, {"value": "child", "label": "Enfant"}]},
          {"id": "child_name", "type": "string", "label": "Nom de l'enfant", "required": true,
           "condition": {"visible": "who == 'child'"}},
          {"id": "nrn", "type": "string", "label": "Numéro national", "required": true,
           "validation": {"type": "nrn-be"},
           "prefill": {"source": "eid", "attribute": "national_number", "locked": true}},
          {"id": "surname", "type": "string", "label": "Nom",
           "prefill": {"source": "eid", "attribute": "surname", "locked": true}},
          {"id": "email", "type": "email", "label": "E-mail", "required": true,
           "prefill": {"source": "profile", "attribute": "email"}},
          {"id": "phone", "type": "string", "label": "Téléphone",
           "validation": {"type": "phone"},
           "prefill": {"source": "profile", "attribute": "phone"}}
        ]},
        {"id": "child", "title": "L'enfant", "condition": "who == 'child'", "fields": [
          {"id": "child_birth", "type": "date", "label": "Naissance", "required": true,
           "max": "today"}
        ]},
        {"id": "details", "title": "Détails", "fields": [
          {"id": "intro", "type": "comment", "label": "Indiquez le nombre d'exemplaires."},
          {"id": "copies", "type": "string", "label": "Exemplaires", "required": true,
           "validation": {"type": "digits"}},
          {"id": "reason", "type": "text", "label": "Motif",
           "condition": {"required": "copies > 5"}},
          {"id": "total", "type": "computed", "label": "Total", "expression": "copies + 1"}
        ], "post_conditions": [
          {"condition": "copies <= 20", "error": "%4"}
        ]},
        {"id": "delivery", "title": "Envoi", "fields": [
          {"id": "method", "type": "item", "label": "Envoi", "required": true,
           "options": [{"value": "post", "label": "Par la poste", "price_cents": 250},
                       {"value": "office", "label": "Au guichet"}]},
          {"id": "agree", "type": "bool", "label": "J'accepte", "required": true}
        ]}
      ]})")
                             .arg(nl ? QStringLiteral("Gezinssamenstelling")
                                     : QStringLiteral("Composition de ménage"),
                                 nl ? QStringLiteral("Voor wie?") : QStringLiteral("Pour qui ?"),
                                 nl ? QStringLiteral("Aanvrager") : QStringLiteral("Demandeur"),
                                 nl ? QStringLiteral("Maximaal 20 exemplaren.")
                                    : QStringLiteral("20 exemplaires au plus."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    Q_ASSERT_X(
        error.error == QJsonParseError::NoError, "schemaJson", qPrintable(error.errorString()));
    return doc.object();
}

FormSchema schema(const QString& lang = QStringLiteral("fr"))
{
    QString error;
    const std::optional<FormSchema> parsed = FormSchema::fromJson(schemaJson(lang), &error);
    Q_ASSERT_X(parsed, "schema", qPrintable(error));
    return *parsed;
}

VerifiedIdentity identity()
{
    VerifiedIdentity id;
    id.surname = QStringLiteral("Dupont");
    id.firstNames = QStringLiteral("Marie Anne");
    id.nationalNumber = QStringLiteral("85073003328");
    return id;
}

QStringList errorIds(const FormModel& model)
{
    QStringList ids;
    for (const QVariant& e : model.errors())
        ids.append(e.toMap().value(QStringLiteral("fieldId")).toString());
    return ids;
}

QVariant role(const FormModel& model, const QString& id, int role)
{
    const int row = model.rowOf(id);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}

} // namespace

class TestFormModel : public QObject
{
    Q_OBJECT

private slots:
    void refusesInvalidSchemas_data()
    {
        QTest::addColumn<QString>("path"); // where in the schema to break it
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // part of the refusal message
        QTest::newRow("syntax error")
            << "page0.condition" << QJsonValue(QStringLiteral("who == ")) << "syntax error at 7";
        QTest::newRow("unknown field")
            << "page0.condition" << QJsonValue(QStringLiteral("ghost == 1")) << "ghost";
        QTest::newRow("bad id") << "field0.id" << QJsonValue(QStringLiteral("Who")) << "Who";
        QTest::newRow("duplicate id")
            << "field0.id" << QJsonValue(QStringLiteral("nrn")) << "duplicate";
        QTest::newRow("unknown type")
            << "field0.type" << QJsonValue(QStringLiteral("slider")) << "unknown type";
        QTest::newRow("bad prefill")
            << "field0.prefill"
            << QJsonValue(QJsonObject { { "source", "eid" }, { "attribute", "iban" } })
            << "prefill";
    }
    void refusesInvalidSchemas()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = schemaJson();
        QJsonArray pages = json.value("pages").toArray();
        QJsonObject page = pages.at(0).toObject();
        if (path.startsWith(QLatin1String("page0."))) {
            page.insert(path.mid(6), value);
        } else {
            QJsonArray fields = page.value("fields").toArray();
            QJsonObject field = fields.at(0).toObject();
            field.insert(path.mid(7), value);
            fields.replace(0, field);
            page.insert("fields", fields);
        }
        pages.replace(0, page);
        json.insert("pages", pages);
        QString error;
        QVERIFY(!FormSchema::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(FormSchema::fromJson(schemaJson(), &error)); // the unbroken one is fine
    }

    void prefillSourcesAndLocks()
    {
        FormModel model;
        model.setSchema(schema());
        model.applyPrefill(
            identity(), { { QStringLiteral("email"), QStringLiteral("m@namur.be") } });
        QCOMPARE(
            role(model, "nrn", FormModel::ValueRole).toString(), QStringLiteral("85073003328"));
        QCOMPARE(role(model, "nrn", FormModel::SourceRole).toString(), QStringLiteral("eid"));
        QCOMPARE(role(model, "nrn", FormModel::LockedRole).toBool(), true);
        QCOMPARE(role(model, "nrn", FormModel::SourceLabelRole).toString(),
            QStringLiteral("carte d'identité"));
        QVERIFY(!model.setValue("nrn", QStringLiteral("01031512380"))); // locked
        QCOMPARE(model.state().value("nrn").toString(), QStringLiteral("85073003328"));

        QCOMPARE(role(model, "email", FormModel::SourceRole).toString(), QStringLiteral("profile"));
        QCOMPARE(
            role(model, "email", FormModel::SourceLabelRole).toString(), QStringLiteral("profil"));
        QCOMPARE(role(model, "email", FormModel::LockedRole).toBool(), false);
        QVERIFY(model.setValue("email", QStringLiteral("autre@namur.be")));
        QCOMPARE(role(model, "email", FormModel::SourceRole).toString(), QString());
        // The profile never overwrites what the citizen typed (a second prefill, e.g. after
        // the profile was reloaded).
        model.applyPrefill({},
            { { QStringLiteral("email"), QStringLiteral("m@namur.be") },
                { QStringLiteral("phone"), QStringLiteral("081246000") } });
        QCOMPARE(model.state().value("email").toString(), QStringLiteral("autre@namur.be"));
        QCOMPARE(model.state().value("phone").toString(), QStringLiteral("081246000"));

        // Without an eID login the eID-prefilled field is an ordinary, editable field.
        FormModel plain;
        plain.setSchema(schema());
        plain.applyPrefill({}, {});
        QCOMPARE(role(plain, "nrn", FormModel::LockedRole).toBool(), false);
        QVERIFY(plain.setValue("nrn", QStringLiteral("01031512380")));
    }

    void navigationSkipsHiddenPages()
    {
        FormModel model;
        model.setSchema(schema());
        model.applyPrefill(
            identity(), { { QStringLiteral("email"), QStringLiteral("m@namur.be") } });
        QCOMPARE(model.pageId(), QStringLiteral("beneficiary"));
        QCOMPARE(model.pageCount(), 3);
        QVERIFY(!model.canGoBack());
        QVERIFY(model.setValue("who", QStringLiteral("me")));
        QVERIFY(model.next());
        QCOMPARE(model.pageId(), QStringLiteral("details")); // "child" skipped
        QCOMPARE(model.pageNumber(), 2);
        QVERIFY(model.back());
        QVERIFY(model.setValue("who", QStringLiteral("child")));
        QCOMPARE(model.pageCount(), 4);
        QVERIFY(!model.next()); // child_name is now visible and required
        QCOMPARE(errorIds(model), QStringList { "child_name" });
        QVERIFY(model.setValue("child_name", QStringLiteral("Léa")));
        QVERIFY(model.errors().isEmpty()); // corrected errors disappear at once
        QVERIFY(model.next());
        QCOMPARE(model.pageId(), QStringLiteral("child"));
        QVERIFY(model.setValue("child_birth", QDate::currentDate().addDays(1)));
        QVERIFY(!model.next());
        QCOMPARE(errorIds(model), QStringList { "child_birth" });
        QVERIFY(model.setValue("child_birth", QStringLiteral("2015-06-01")));
        QVERIFY(model.next());
        QCOMPARE(model.pageId(), QStringLiteral("details"));
        QVERIFY(model.back());
        QCOMPARE(model.pageId(), QStringLiteral("child"));
    }

    void errorSummaryAndPostConditions()
    {
        FormModel model;
        model.setSchema(schema());
        QVERIFY(!model.next());
        QCOMPARE(model.pageId(), QStringLiteral("beneficiary")); // blocked, errors at the top
        QCOMPARE(errorIds(model), (QStringList { "who", "nrn", "email" }));
        const QString first = model.errors().first().toMap().value("message").toString();
        QVERIFY2(first.startsWith(QStringLiteral("Demandeur")), qPrintable(first));
        QCOMPARE(role(model, "who", FormModel::ErrorRole).toString(),
            QStringLiteral("Ce champ est obligatoire."));
        QVERIFY(model.rowOf("email") >= 0); // jump target
        model.setValue("who", QStringLiteral("me"));
        model.setValue("nrn", QStringLiteral("85073003329"));
        model.setValue("email", QStringLiteral("m@namur.be"));
        QCOMPARE(errorIds(model), QStringList { "nrn" });
        model.setValue("nrn", QStringLiteral("85.07.30-033.28"));
        QVERIFY(model.next());

        model.setValue("copies", QStringLiteral("25"));
        QVERIFY(!model.next());
        // `reason` is required only because copies > 5; the post-condition is a page error.
        QCOMPARE(errorIds(model), (QStringList { "reason", "" }));
        model.setValue("copies", QStringLiteral("4"));
        QVERIFY(model.next());
        QCOMPARE(model.pageId(), QStringLiteral("delivery"));
        QVERIFY(model.lastPage());
    }

    void payloadLeavesHiddenFieldsOut()
    {
        FormModel model;
        model.setSchema(schema());
        model.applyPrefill(identity(), {});
        model.setValue("who", QStringLiteral("child"));
        model.setValue("child_name", QStringLiteral("Léa"));
        model.setValue("child_birth", QStringLiteral("2015-06-01"));
        model.setValue("copies", QStringLiteral("2"));
        model.setValue("method", QStringLiteral("post"));
        model.setValue("agree", true);
        QJsonObject data = model.payload();
        QCOMPARE(data.value("child_name").toString(), QStringLiteral("Léa"));
        QCOMPARE(data.value("total").toString(), QStringLiteral("3")); // computed, as a string
        QCOMPARE(data.value("agree").toBool(), true);
        QVERIFY(!data.contains("intro")); // display only
        QCOMPARE(model.totalPriceCents(), 250);

        model.setValue("who", QStringLiteral("me"));
        data = model.payload();
        QVERIFY(!data.contains("child_name"));
        QVERIFY(!data.contains("child_birth")); // on a hidden page
        // ...but what was typed is not lost if the choice is undone.
        model.setValue("who", QStringLiteral("child"));
        QCOMPARE(model.payload().value("child_name").toString(), QStringLiteral("Léa"));

        const QVariantList review = model.reviewSummary();
        QVariantMap nrn;
        for (const QVariant& entry : review) {
            if (entry.toMap().value("fieldId") == QLatin1String("nrn"))
                nrn = entry.toMap();
        }
        QCOMPARE(nrn.value("sourceLabel").toString(), QStringLiteral("carte d'identité"));
        QCOMPARE(review.last().toMap().value("value").toString(), QStringLiteral("Oui"));
    }

    void languageChangeKeepsEverything()
    {
        FormModel model;
        model.setSchema(schema());
        model.setValue("who", QStringLiteral("child"));
        model.setValue("child_name", QStringLiteral("Léa"));
        model.setValue("nrn", QStringLiteral("123"));
        QVERIFY(!model.next());
        QSignalSpy titles(&model, &FormModel::schemaChanged);
        model.replaceSchema(schema(QStringLiteral("nl")));
        QCOMPARE(titles.count(), 1);
        QCOMPARE(model.title(), QStringLiteral("Gezinssamenstelling"));
        QCOMPARE(model.pageTitle(), QStringLiteral("Voor wie?"));
        QCOMPARE(model.state().value("child_name").toString(), QStringLiteral("Léa"));
        QCOMPARE(model.state().value("nrn").toString(), QStringLiteral("123"));
        QVERIFY(errorIds(model).contains("nrn")); // the shown errors stay shown
    }

    void serverErrorsJumpToTheirPage()
    {
        FormModel model;
        model.setSchema(schema());
        model.applyPrefill(
            identity(), { { QStringLiteral("email"), QStringLiteral("m@namur.be") } });
        model.setValue("who", QStringLiteral("me"));
        QVERIFY(model.next());
        model.setValue("copies", QStringLiteral("2"));
        QVERIFY(model.next());
        QCOMPARE(model.pageId(), QStringLiteral("delivery"));
        model.applyServerErrors(
            { { QStringLiteral("email"), { QStringLiteral("Adresse refusée.") } } });
        QCOMPARE(model.pageId(), QStringLiteral("beneficiary"));
        QCOMPARE(role(model, "email", FormModel::ErrorRole).toString(),
            QStringLiteral("Adresse refusée."));
        model.setValue("email", QStringLiteral("autre@namur.be"));
        QCOMPARE(role(model, "email", FormModel::ErrorRole).toString(), QString());

        // A post-condition the city refused comes as "page:<id>": shown at the top of its page.
        model.applyServerErrors(
            { { QStringLiteral("page:details"), { QStringLiteral("Trop.") } } });
        QCOMPARE(model.pageId(), QStringLiteral("details"));
        QCOMPARE(errorIds(model), QStringList { QString() });
        QCOMPARE(
            model.errors().first().toMap().value("message").toString(), QStringLiteral("Trop."));
        model.setValue("copies", QStringLiteral("3"));
        QVERIFY(model.errors().isEmpty());
    }

    void draftRoundTrip()
    {
        FormModel model;
        model.setSchema(schema());
        model.setValue("who", QStringLiteral("me"));
        model.setValue("nrn", QStringLiteral("85073003328"));
        model.setValue("email", QStringLiteral("m@namur.be"));
        QVERIFY(model.next());
        model.setValue("copies", QStringLiteral("7"));
        const QJsonObject draft = model.draft();

        FormModel restored;
        restored.setSchema(schema());
        restored.restoreDraft(draft);
        QCOMPARE(restored.pageId(), QStringLiteral("details"));
        QCOMPARE(restored.state().value("copies").toString(), QStringLiteral("7"));
        QCOMPARE(restored.payload(), model.payload());
    }

    void modelRoles()
    {
        FormModel model;
        model.setSchema(schema());
        QCOMPARE(model.rowCount(), 6);
        const QHash<int, QByteArray> names = model.roleNames();
        for (const char* name : { "fieldId", "type", "label", "hint", "value", "required",
                 "visible", "locked", "source", "sourceLabel", "error", "options", "inputKind" })
            QVERIFY2(names.values().contains(name), name);
        QCOMPARE(role(model, "who", FormModel::TypeRole).toString(), QStringLiteral("item"));
        QCOMPARE(role(model, "who", FormModel::OptionsRole).toList().size(), 2);
        QCOMPARE(role(model, "child_name", FormModel::VisibleRole).toBool(), false);
        model.setValue("who", QStringLiteral("child"));
        QCOMPARE(role(model, "child_name", FormModel::VisibleRole).toBool(), true);
    }

    // Issue 17: the kiosk's keyboard shows digits for digits, postcodes, national numbers and
    // dates, the dial pad for phones; the kind comes from the schema, QML only maps it.
    void inputKind_fromTypeAndValidation()
    {
        FormModel model;
        model.setSchema(schema());
        QCOMPARE(role(model, "nrn", FormModel::InputKindRole).toString(), QStringLiteral("nrn-be"));
        QCOMPARE(
            role(model, "phone", FormModel::InputKindRole).toString(), QStringLiteral("phone"));
        QCOMPARE(
            role(model, "email", FormModel::InputKindRole).toString(), QStringLiteral("email"));
        QCOMPARE(
            role(model, "surname", FormModel::InputKindRole).toString(), QStringLiteral("text"));
        QCOMPARE(role(model, "who", FormModel::InputKindRole).toString(), QStringLiteral("text"));

        FormField f;
        f.type = FieldType::Date;
        QCOMPARE(inputKindOf(f), InputKind::Date);
        f.type = FieldType::String;
        f.validation.type = FieldValidation::Type::Digits;
        QCOMPARE(inputKindOf(f), InputKind::Digits); // "Nombre d'exemplaires"
        f.validation.type = FieldValidation::Type::Regex;
        f.validation.pattern = QStringLiteral("[1-9][0-9]{3}");
        QCOMPARE(inputKindOf(f), InputKind::Digits);
        f.prefill.attribute = QStringLiteral("zip");
        QCOMPARE(inputKindOf(f), InputKind::Postcode);
        f.validation.pattern = QStringLiteral("[^<>]{2,200}");
        QCOMPARE(inputKindOf(f), InputKind::Text);
        f.type = FieldType::Text; // a text area stays a text, whatever its validation
        f.validation.type = FieldValidation::Type::Digits;
        QCOMPARE(inputKindOf(f), InputKind::Text);
        QCOMPARE(inputKindName(InputKind::NationalNumber), QStringLiteral("nrn-be"));
        QCOMPARE(inputKindName(InputKind::Postcode), QStringLiteral("postcode"));
    }

    void patternIsDigitsOnly_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("digits");
        QTest::newRow("postcode") << "[1-9][0-9]{3}" << true;
        QTest::newRow("year") << "1[6-9][0-9]{2}|20[0-9]{2}" << true;
        QTest::newRow("\\d+") << "\\d+" << true;
        QTest::newRow("group") << "(?:0|[1-9][0-9]*)" << true;
        QTest::newRow("range of classes") << "[05-8]{1,3}" << true;
        QTest::newRow("negated class") << "[^<>]{2,200}" << false;
        QTest::newRow("any") << "[\\s\\S]{0,1000}" << false;
        QTest::newRow("hex") << "[0-9a-f]+" << false;
        QTest::newRow("dot") << "[0-9]+.[0-9]+" << false;
        QTest::newRow("letter") << "BE[0-9]{14}" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("only quantifiers") << "()?" << false;
        QTest::newRow("open class") << "[0-9" << false;
        QTest::newRow("dangling range") << "[-9]" << false;
    }

    void patternIsDigitsOnly()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, digits);
        QCOMPARE(::patternIsDigitsOnly(pattern), digits);
    }

    // Issue 17: a card read and then pulled must not leave its holder's identity, locked, in
    // the form of whoever is logged in; nor may it ride along in a draft.
    void cardValuesLeaveWithTheCard_andStayOutOfDrafts()
    {
        FormModel model;
        model.setSchema(schema());
        model.applyPrefill(
            identity(), { { QStringLiteral("email"), QStringLiteral("m@namur.be") } });
        QCOMPARE(role(model, "nrn", FormModel::LockedRole).toBool(), true);
        QVERIFY(model.setValue("copies", QStringLiteral("2")));

        const QJsonObject values = model.draft().value("values").toObject();
        QVERIFY2(!values.contains("nrn") && !values.contains("surname"),
            qPrintable(QJsonDocument(values).toJson()));
        QCOMPARE(values.value("copies").toString(), QStringLiteral("2"));
        QCOMPARE(values.value("email").toString(), QStringLiteral("m@namur.be"));

        // The card goes: its values and locks go, what the citizen typed stays.
        model.applyPrefill({}, { { QStringLiteral("email"), QStringLiteral("m@namur.be") } });
        QCOMPARE(role(model, "nrn", FormModel::LockedRole).toBool(), false);
        QCOMPARE(role(model, "nrn", FormModel::ValueRole).toString(), QString());
        QCOMPARE(role(model, "surname", FormModel::SourceRole).toString(), QString());
        QVERIFY(!model.state().payload().contains("nrn"));
        QCOMPARE(model.state().value("copies").toString(), QStringLiteral("2"));
        QCOMPARE(model.state().value("email").toString(), QStringLiteral("m@namur.be"));
    }

    void cardPrefillsOnlyItsHoldersEidSession()
    {
        const VerifiedIdentity card = identity();
        QCOMPARE(cardPrefillFor(card, card.nationalNumber).surname, card.surname);
        QVERIFY(cardPrefillFor(card, {}).isEmpty()); // password session, or none
        QVERIFY(cardPrefillFor(card, QStringLiteral("90021512345")).isEmpty()); // another person
        QVERIFY(cardPrefillFor({}, card.nationalNumber).isEmpty()); // the card was pulled
    }
};

QTEST_GUILESS_MAIN(TestFormModel)
#include "tst_formmodel.moc"
