// SPDX-License-Identifier: GPL-3.0-or-later
// A form schema and submitted values as a hostile or broken city could send them
// (docs/api/form-schema.md): any bytes are refused with a reason or give a schema that the
// form engine can fill, validate, review and submit without crashing.
#include "forms/formschema.h"
#include "forms/formstate.h"
#include "forms/verifiedidentity.h"
#include "fuzztarget.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace {

// clang-format off
const char* kSchema = R"json({"slug":"composition-de-menage","version":3,"title":"Composition",
"pages":[{"id":"who","title":"Pour qui ?","condition":"true","fields":[
 {"id":"for_whom","type":"item","label":"Pour","required":true,"options":[
   {"value":"me","label":"Moi"},{"value":"other","label":"Autre","price_cents":250}]},
 {"id":"surname","type":"string","label":"Nom","prefill":{"source":"eid","attribute":"surname","locked":true}},
 {"id":"nrn","type":"string","label":"NN","validation":{"type":"nrn-be"},
  "prefill":{"source":"eid","attribute":"national_number","locked":true}},
 {"id":"other_name","type":"string","label":"Nom","condition":{"visible":"for_whom == 'other'","required":"true"},
  "validation":{"type":"regex","pattern":"[A-Za-z ]+","min_length":2,"max_length":40}},
 {"id":"birth","type":"date","label":"Né le","min":"1900-01-01","max":"today"},
 {"id":"email","type":"email","label":"E-mail","prefill":{"source":"profile","attribute":"email"}},
 {"id":"phone","type":"string","label":"Tél","validation":{"type":"phone"}},
 {"id":"iban","type":"string","label":"IBAN","validation":{"type":"iban"}}],
 "post_conditions":[{"condition":"for_whom != 'other' or not empty(other_name)","error":"Nom ?"}]},
{"id":"more","title":"Détails","condition":"for_whom == 'me'","fields":[
 {"id":"copies","type":"string","label":"Exemplaires","required":true,"validation":{"type":"digits"}},
 {"id":"docs","type":"items","label":"Documents","options":[{"value":"acte","label":"Acte"},{"value":"x","label":"X"}]},
 {"id":"agree","type":"bool","label":"J'accepte","required":true},
 {"id":"note","type":"text","label":"Note","hint":"facultatif"},
 {"id":"head","type":"title","label":"Titre"},{"id":"c1","type":"comment","label":"Texte"},
 {"id":"scan","type":"file","label":"Scan","file":{"max_bytes":5242880,"types":["application/pdf"]}},
 {"id":"total","type":"computed","label":"Total","expression":"copies + ' ex.'"}],
 "post_conditions":[{"condition":"copies <= 20","error":"20 au plus"}]}]})json";

const char* kValues = R"json({"for_whom":"other","other_name":"Jean","birth":"1985-07-30",
"email":"a@b.be","phone":"081 24 60 00","iban":"BE68 5390 0754 7034","copies":"2",
"docs":["acte"],"agree":true,"note":"x","scan":{"name":"a.pdf","content_type":"application/pdf","base64":"JVBERg=="}})json";
// clang-format on

FuzzInput seed(const std::string& schema, const std::string& values)
{
    FuzzInput out;
    appendPiece(out, FuzzInput(schema.begin(), schema.end()), true);
    out.insert(out.end(), values.begin(), values.end());
    return out;
}

} // namespace

std::vector<FuzzInput> fuzzSeeds()
{
    return { seed(kSchema, kValues), seed(kSchema, "{}"), seed(kSchema, R"({"for_whom":"me"})"),
        seed(R"({"slug":"x","version":1,"title":"t","pages":[]})", "{}") };
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzReader in(data, size);
    const FuzzInput schemaBytes = in.piece(true);
    const FuzzInput valueBytes = in.rest();
    const QJsonDocument schemaJson = QJsonDocument::fromJson(QByteArray(
        reinterpret_cast<const char*>(schemaBytes.data()), qsizetype(schemaBytes.size())));
    QString problem;
    const std::optional<FormSchema> schema = FormSchema::fromJson(schemaJson.object(), &problem);
    if (!schema) {
        FUZZ_CHECK(!problem.isEmpty()); // a refusal always says why (for the log)
        return 0;
    }

    FormState state(*schema);
    state.setToday(QDate(2026, 11, 27));
    VerifiedIdentity identity;
    identity.surname = QStringLiteral("Spécimen");
    identity.nationalNumber = QStringLiteral("85073003328");
    identity.birthDate = QDate(1985, 7, 30);
    state.applyPrefill(identity, { { QStringLiteral("email"), QStringLiteral("a@b.be") } });
    const QJsonObject values = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char*>(valueBytes.data()), qsizetype(valueBytes.size())))
                                   .object();
    QHash<QString, QJsonValue> locked;
    for (const FormPage& p : schema->pages)
        for (const FormField& f : p.fields)
            if (state.isLocked(f.id))
                locked.insert(f.id, state.value(f.id));
    for (auto it = values.begin(); it != values.end(); ++it)
        state.setValue(it.key(), it.value());
    // The card's values stay what the card said, whatever is sent over them.
    for (auto it = locked.begin(); it != locked.end(); ++it)
        FUZZ_CHECK(state.value(it.key()) == it.value());

    const QList<int> pages = state.visiblePages();
    for (int page : pages) {
        FUZZ_CHECK(page >= 0 && page < schema->pages.size());
        state.validatePage(page);
    }
    int page = state.firstPage();
    for (int steps = 0; page >= 0 && steps <= schema->pages.size(); ++steps)
        page = state.nextPage(page);
    FUZZ_CHECK(page < 0); // walking forward always ends
    state.validateAll();
    state.review();
    state.totalPriceCents();
    state.payload();
    return 0;
}
