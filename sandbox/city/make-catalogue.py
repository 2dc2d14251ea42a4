#!/usr/bin/env python3
# Writes catalogue.json (the demo city's services in fr, nl, de, en). The JSON is committed;
# edit this file and run it again rather than editing the JSON by hand.
import json
import os
def T(fr, nl, de, en): return {"fr": fr, "nl": nl, "de": de, "en": en}
def opt(v, label, price=None):
    o = {"value": v, "label": label}
    if price is not None: o["price_cents"] = price
    return o
VIS_THIRD = "beneficiary == 'third_party'"
def eid(attr): return {"source": "eid", "attribute": attr, "locked": True}
def prof(attr): return {"source": "profile", "attribute": attr, "locked": False}

page_applicant = {"id": "applicant", "title": T("Vos coordonnées", "Uw gegevens", "Ihre Angaben", "Your details"), "condition": "true", "fields": [
  {"id": "surname", "type": "string", "label": T("Nom", "Naam", "Name", "Surname"), "required": True, "prefill": eid("surname")},
  {"id": "first_names", "type": "string", "label": T("Prénoms", "Voornamen", "Vornamen", "First names"), "required": True, "prefill": eid("first_names")},
  {"id": "national_number", "type": "string", "label": T("Numéro de registre national", "Rijksregisternummer", "Nationalregisternummer", "National register number"), "required": True, "validation": {"type": "nrn-be"}, "prefill": eid("national_number")},
  {"id": "birth_date", "type": "date", "label": T("Date de naissance", "Geboortedatum", "Geburtsdatum", "Date of birth"), "required": True, "max": "today", "prefill": eid("birth_date")},
  {"id": "street_and_number", "type": "string", "label": T("Rue et numéro", "Straat en nummer", "Straße und Hausnummer", "Street and number"), "required": True, "prefill": eid("street_and_number")},
  {"id": "zip", "type": "string", "label": T("Code postal", "Postcode", "Postleitzahl", "Postcode"), "required": True, "validation": {"type": "regex", "pattern": "[1-9][0-9]{3}"}, "prefill": eid("zip")},
  {"id": "municipality", "type": "string", "label": T("Commune", "Gemeente", "Gemeinde", "Municipality"), "required": True, "prefill": eid("municipality")},
  {"id": "email", "type": "email", "label": T("Adresse e-mail", "E-mailadres", "E-Mail-Adresse", "E-mail address"), "required": True, "prefill": prof("email")},
  {"id": "phone", "type": "string", "label": T("Téléphone", "Telefoon", "Telefon", "Phone"), "hint": T("Pour vous joindre en cas de question.", "Om u te bereiken bij vragen.", "Für Rückfragen.", "So we can reach you with questions."), "validation": {"type": "phone"}, "prefill": prof("phone")},
]}

page_beneficiary = {"id": "beneficiary_page", "title": T("Pour qui ?", "Voor wie?", "Für wen?", "For whom?"), "condition": "true", "fields": [
  {"id": "beneficiary", "type": "item", "label": T("Le document concerne", "Het document betreft", "Das Dokument betrifft", "The document is for"), "required": True, "options": [
     opt("me", T("Moi-même", "Mezelf", "Mich selbst", "Myself")),
     opt("third_party", T("Une autre personne (avec sa procuration)", "Iemand anders (met volmacht)", "Eine andere Person (mit Vollmacht)", "Someone else (with their proxy)"))]},
  {"id": "third_surname", "type": "string", "label": T("Nom de la personne", "Naam van de persoon", "Name der Person", "Person's surname"), "condition": {"visible": VIS_THIRD, "required": VIS_THIRD}},
  {"id": "third_first_names", "type": "string", "label": T("Prénoms de la personne", "Voornamen van de persoon", "Vornamen der Person", "Person's first names"), "condition": {"visible": VIS_THIRD, "required": VIS_THIRD}},
  {"id": "third_national_number", "type": "string", "label": T("Son numéro de registre national", "Zijn of haar rijksregisternummer", "Ihre Nationalregisternummer", "Their national register number"), "hint": T("Ou sa date de naissance ci-dessous.", "Of de geboortedatum hieronder.", "Oder das Geburtsdatum unten.", "Or their date of birth below."), "validation": {"type": "nrn-be"}, "condition": {"visible": VIS_THIRD}},
  {"id": "third_birth_date", "type": "date", "label": T("Sa date de naissance", "Geboortedatum", "Geburtsdatum", "Their date of birth"), "max": "today", "condition": {"visible": VIS_THIRD, "required": VIS_THIRD + " and empty(third_national_number)"}},
  {"id": "proxy_help", "type": "comment", "label": T("Joignez la procuration signée (modèle dans « Documents ») et une copie de la carte d'identité de la personne.", "Voeg de ondertekende volmacht (model bij « Documenten ») en een kopie van de identiteitskaart van de persoon toe.", "Fügen Sie die unterschriebene Vollmacht (Vorlage unter „Dokumente“) und eine Kopie des Personalausweises der Person bei.", "Attach the signed proxy (template under “Documents”) and a copy of the person's identity card."), "condition": {"visible": VIS_THIRD}},
  {"id": "proxy_document", "type": "file", "label": T("Procuration signée", "Ondertekende volmacht", "Unterschriebene Vollmacht", "Signed proxy"), "file": {"max_bytes": 5242880, "types": ["application/pdf", "image/jpeg", "image/png"]}, "condition": {"visible": VIS_THIRD, "required": VIS_THIRD}},
]}

def purposes(extra_fee=0):
    return [
      opt("school", T("Inscription scolaire", "Schoolinschrijving", "Schulanmeldung", "School enrolment"), 0),
      opt("family_allowance", T("Allocations familiales", "Kinderbijslag", "Kindergeld", "Family allowance"), 0),
      opt("employment", T("Emploi ou chômage", "Werk of werkloosheid", "Arbeit oder Arbeitslosigkeit", "Job or unemployment"), 0),
      opt("administration", T("Administration, tribunal ou notaire", "Administratie, rechtbank of notaris", "Verwaltung, Gericht oder Notar", "Administration, court or notary"), 300 + extra_fee),
      opt("abroad", T("Usage à l'étranger", "Gebruik in het buitenland", "Verwendung im Ausland", "Use abroad"), 500 + extra_fee),
      opt("other", T("Autre", "Andere", "Andere", "Other"), 300 + extra_fee)]

COPIES_RULE = {"condition": "copies >= 1 and copies <= 20", "error": T("Vous pouvez demander de 1 à 20 exemplaires.", "U kunt 1 tot 20 exemplaren aanvragen.", "Sie können 1 bis 20 Exemplare beantragen.", "You can ask for 1 to 20 copies.")}
copies_field = {"id": "copies", "type": "string", "label": T("Nombre d'exemplaires", "Aantal exemplaren", "Anzahl der Exemplare", "Number of copies"), "required": True, "validation": {"type": "digits", "max_length": 2}}

def page_details(with_reference_date=True):
    fields = [
      {"id": "purpose", "type": "item", "label": T("À quoi servira le document ?", "Waarvoor dient het document?", "Wofür wird das Dokument benötigt?", "What is the document for?"), "hint": T("Certains usages sont gratuits.", "Sommige doeleinden zijn gratis.", "Manche Verwendungen sind kostenlos.", "Some uses are free."), "required": True, "options": purposes()},
      {"id": "purpose_other", "type": "string", "label": T("Précisez l'usage", "Verduidelijk het doel", "Verwendung angeben", "Say what for"), "validation": {"type": "regex", "pattern": "[^<>]{2,200}"}, "condition": {"visible": "purpose == 'other'", "required": "purpose == 'other'"}}]
    if with_reference_date:
        fields.append({"id": "reference_date", "type": "date", "label": T("Situation à la date du", "Toestand op datum van", "Stand am", "Situation on"), "hint": T("Laissez vide pour la situation actuelle.", "Leeg laten voor de huidige toestand.", "Leer lassen für den aktuellen Stand.", "Leave empty for today's situation."), "min": "1990-01-01", "max": "today"})
    fields.append(copies_field)
    fields.append({"id": "price_note", "type": "computed", "label": T("Exemplaires demandés", "Gevraagde exemplaren", "Beantragte Exemplare", "Copies asked"), "expression": "copies"})
    return {"id": "details", "title": T("Votre demande", "Uw aanvraag", "Ihr Antrag", "Your request"), "condition": "true", "fields": fields, "post_conditions": [COPIES_RULE]}

VIS_POST = "delivery == 'post'"
page_delivery = {"id": "delivery_page", "title": T("Réception du document", "Ontvangst van het document", "Erhalt des Dokuments", "Getting the document"), "condition": "true", "fields": [
  {"id": "delivery", "type": "item", "label": T("Comment souhaitez-vous le recevoir ?", "Hoe wilt u het ontvangen?", "Wie möchten Sie es erhalten?", "How do you want to receive it?"), "required": True, "options": [
     opt("post", T("Par la poste", "Per post", "Per Post", "By post"), 0),
     opt("pickup", T("Retrait à l'accueil de l'Hôtel de Ville", "Afhalen aan het onthaal van het stadhuis", "Abholung am Empfang des Rathauses", "Pick-up at the town hall's reception"), 0)]},
  {"id": "delivery_street", "type": "string", "label": T("Adresse d'envoi : rue et numéro", "Verzendadres: straat en nummer", "Versandadresse: Straße und Hausnummer", "Postal address: street and number"), "prefill": {"source": "profile", "attribute": "street_and_number", "locked": False}, "condition": {"visible": VIS_POST, "required": VIS_POST}},
  {"id": "delivery_zip", "type": "string", "label": T("Code postal", "Postcode", "Postleitzahl", "Postcode"), "validation": {"type": "regex", "pattern": "[1-9][0-9]{3}"}, "prefill": {"source": "profile", "attribute": "zip", "locked": False}, "condition": {"visible": VIS_POST, "required": VIS_POST}},
  {"id": "delivery_municipality", "type": "string", "label": T("Commune", "Gemeente", "Gemeinde", "Municipality"), "prefill": {"source": "profile", "attribute": "municipality", "locked": False}, "condition": {"visible": VIS_POST, "required": VIS_POST}},
  {"id": "remarks", "type": "text", "label": T("Remarques", "Opmerkingen", "Bemerkungen", "Remarks"), "validation": {"type": "regex", "pattern": "[\\s\\S]{0,1000}"}},
]}

relations = [
  opt("self", T("C'est mon acte", "Het is mijn akte", "Es ist meine Urkunde", "It is my own act")),
  opt("spouse", T("Conjoint(e)", "Echtgeno(o)t(e)", "Ehepartner(in)", "Spouse")),
  opt("ascendant", T("Parent ou grand-parent", "Ouder of grootouder", "Eltern oder Großeltern", "Parent or grandparent")),
  opt("descendant", T("Enfant ou petit-enfant", "Kind of kleinkind", "Kind oder Enkel", "Child or grandchild")),
  opt("legal", T("Notaire, avocat ou représentant légal", "Notaris, advocaat of wettelijk vertegenwoordiger", "Notar, Anwalt oder gesetzlicher Vertreter", "Notary, lawyer or legal representative")),
  opt("other", T("Autre (à justifier)", "Andere (te verantwoorden)", "Andere (zu begründen)", "Other (give a reason)"))]
act_kinds = [
  opt("extract", T("Extrait", "Uittreksel", "Auszug", "Extract"), 0),
  opt("copy", T("Copie intégrale", "Volledig afschrift", "Vollständige Abschrift", "Full copy"), 300)]

def page_act(event_label, archive=False):
    fields = [
      {"id": "act_kind", "type": "item", "label": T("Type de document", "Soort document", "Art des Dokuments", "Kind of document"), "hint": T("Une copie intégrale n'est délivrée qu'aux personnes autorisées par la loi.", "Een volledig afschrift wordt enkel afgegeven aan wettelijk gemachtigde personen.", "Eine vollständige Abschrift erhalten nur gesetzlich befugte Personen.", "A full copy is only issued to people the law allows."), "required": True, "options": act_kinds},
      {"id": "person_surname", "type": "string", "label": T("Nom de la personne concernée", "Naam van de betrokken persoon", "Name der betroffenen Person", "Surname of the person concerned"), "required": True},
      {"id": "person_first_names", "type": "string", "label": T("Prénoms de la personne concernée", "Voornamen van de betrokken persoon", "Vornamen der betroffenen Person", "First names of the person concerned"), "required": True},
    ]
    if archive:
        fields += [
          {"id": "act_year", "type": "string", "label": T("Année de l'acte", "Jaar van de akte", "Jahr der Urkunde", "Year of the act"), "hint": T("Les actes anciens sont conservés aux archives de la Ville.", "Oude akten worden in het stadsarchief bewaard.", "Alte Urkunden werden im Stadtarchiv aufbewahrt.", "Old acts are kept in the city archives."), "required": True, "validation": {"type": "regex", "pattern": "1[6-9][0-9]{2}|20[0-9]{2}"}},
          {"id": "act_place", "type": "string", "label": T("Lieu de l'acte (commune ou ancienne commune)", "Plaats van de akte (gemeente of deelgemeente)", "Ort der Urkunde (Gemeinde oder Ortsteil)", "Place of the act (municipality or former municipality)"), "hint": T("Par exemple Jambes, Salzinnes, Wépion…", "Bijvoorbeeld Jambes, Salzinnes, Wépion…", "Zum Beispiel Jambes, Salzinnes, Wépion…", "For example Jambes, Salzinnes, Wépion…"), "required": True},
          {"id": "staff_note", "type": "comment", "label": T("Nos agents recherchent l'acte dans les registres : comptez quelques semaines.", "Onze medewerkers zoeken de akte op in de registers: reken op enkele weken.", "Unsere Mitarbeiter suchen die Urkunde in den Registern: rechnen Sie mit einigen Wochen.", "Our staff search the registers for the act: allow a few weeks.")}]
    else:
        fields.append({"id": "event_date", "type": "date", "label": event_label, "required": True, "min": "1920-01-01", "max": "today"})
    fields += [
      {"id": "relation", "type": "item", "label": T("Votre lien avec cette personne", "Uw band met deze persoon", "Ihre Beziehung zu dieser Person", "Your relation to this person"), "required": True, "options": relations},
      {"id": "relation_reason", "type": "text", "label": T("Pourquoi demandez-vous cet acte ?", "Waarom vraagt u deze akte aan?", "Warum beantragen Sie diese Urkunde?", "Why do you ask for this act?"), "condition": {"visible": "relation == 'other'", "required": "relation == 'other'"}},
      copies_field]
    return {"id": "act", "title": T("L'acte demandé", "De gevraagde akte", "Die beantragte Urkunde", "The act you ask for"), "condition": "true", "fields": fields, "post_conditions": [COPIES_RULE]}

cats = [
 {"slug": "population", "title": T("Population", "Bevolking", "Bevölkerung", "Population"), "description": T("Certificats de population : composition de ménage, résidence, nationalité…", "Bevolkingsattesten: gezinssamenstelling, woonplaats, nationaliteit…", "Bevölkerungsbescheinigungen: Haushaltszusammensetzung, Wohnsitz, Staatsangehörigkeit…", "Population certificates: household composition, residence, nationality…")},
 {"slug": "etat-civil", "title": T("État civil", "Burgerlijke stand", "Standesamt", "Civil status"), "description": T("Copies et extraits d'actes de naissance, de mariage et de décès, actuels et archivés.", "Afschriften en uittreksels van geboorte-, huwelijks- en overlijdensakten, recent en gearchiveerd.", "Abschriften und Auszüge von Geburts-, Heirats- und Sterbeurkunden, aktuell und archiviert.", "Copies and extracts of birth, marriage and death acts, current and archived.")},
 {"slug": "documents", "title": T("Documents utiles", "Nuttige documenten", "Nützliche Dokumente", "Useful documents"), "description": T("Modèles à télécharger et liens utiles.", "Modellen om te downloaden en nuttige links.", "Vorlagen zum Herunterladen und nützliche Links.", "Templates to download and useful links.")},
]

def cert(slug, title, desc, auth="password", base=0, ref_date=True, version=3):
    return {"slug": slug, "category": "population", "kind": "form", "auth": auth, "price_cents": base, "version": version, "handled_by": "automatic", "title": title, "description": desc,
            "keywords": ["certificat", "population"], "pages": [page_applicant, page_beneficiary, page_details(ref_date), page_delivery]}

def act(slug, title, desc, event_label, archive=False):
    return {"slug": slug, "category": "etat-civil", "kind": "form", "auth": "password", "price_cents": 0 if not archive else 500, "version": 2, "handled_by": "staff" if archive else "automatic", "title": title, "description": desc,
            "keywords": ["acte", "état civil"] + (["archives"] if archive else []), "pages": [page_applicant, page_act(event_label, archive), page_delivery]}

services = [
 cert("composition-de-menage", T("Composition de ménage", "Gezinssamenstelling", "Haushaltszusammensetzung", "Household composition"), T("Liste des personnes inscrites à votre adresse.", "Lijst van de personen ingeschreven op uw adres.", "Liste der an Ihrer Adresse gemeldeten Personen.", "List of the people registered at your address.")),
 cert("certificat-de-residence", T("Certificat de résidence", "Bewijs van woonst", "Wohnsitzbescheinigung", "Residence certificate"), T("Atteste votre adresse actuelle.", "Bevestigt uw huidig adres.", "Bescheinigt Ihre aktuelle Adresse.", "Proves your current address."), ref_date=False),
 cert("certificat-de-residence-historique", T("Certificat de résidence avec historique", "Bewijs van woonst met historiek", "Wohnsitzbescheinigung mit Verlauf", "Residence certificate with history"), T("Atteste vos adresses successives en Belgique.", "Bevestigt uw opeenvolgende adressen in België.", "Bescheinigt Ihre aufeinanderfolgenden Adressen in Belgien.", "Proves your successive addresses in Belgium."), base=200),
 cert("certificat-de-nationalite", T("Certificat de nationalité belge", "Nationaliteitsbewijs", "Staatsangehörigkeitsbescheinigung", "Certificate of Belgian nationality"), T("Atteste que vous êtes Belge. Connexion avec la carte d'identité obligatoire.", "Bevestigt dat u Belg bent. Aanmelden met de identiteitskaart verplicht.", "Bescheinigt, dass Sie Belgier sind. Anmeldung mit dem Personalausweis erforderlich.", "Proves that you are Belgian. Logging in with the identity card is required."), auth="eid", ref_date=False),
 cert("certificat-de-vie", T("Certificat de vie", "Bewijs van leven", "Lebensbescheinigung", "Life certificate"), T("Atteste que vous êtes en vie, par exemple pour une pension étrangère.", "Bevestigt dat u in leven bent, bv. voor een buitenlands pensioen.", "Bescheinigt, dass Sie am Leben sind, z. B. für eine ausländische Rente.", "Proves that you are alive, e.g. for a foreign pension."), ref_date=False),
 cert("certificat-de-cohabitation-legale", T("Certificat de cohabitation légale", "Bewijs van wettelijke samenwoning", "Bescheinigung über das gesetzliche Zusammenwohnen", "Legal cohabitation certificate"), T("Atteste votre déclaration de cohabitation légale.", "Bevestigt uw verklaring van wettelijke samenwoning.", "Bescheinigt Ihre Erklärung des gesetzlichen Zusammenwohnens.", "Proves your declaration of legal cohabitation.")),
 act("acte-de-naissance", T("Acte de naissance", "Geboorteakte", "Geburtsurkunde", "Birth act"), T("Copie ou extrait d'un acte de naissance dressé à Namur.", "Afschrift of uittreksel van een geboorteakte opgemaakt in Namen.", "Abschrift oder Auszug einer in Namur ausgestellten Geburtsurkunde.", "Copy or extract of a birth act drawn up in Namur."), T("Date de naissance", "Geboortedatum", "Geburtsdatum", "Date of birth")),
 act("acte-de-mariage", T("Acte de mariage", "Huwelijksakte", "Heiratsurkunde", "Marriage act"), T("Copie ou extrait d'un acte de mariage célébré à Namur.", "Afschrift of uittreksel van een huwelijksakte voltrokken in Namen.", "Abschrift oder Auszug einer in Namur geschlossenen Ehe.", "Copy or extract of a marriage act celebrated in Namur."), T("Date du mariage", "Huwelijksdatum", "Datum der Eheschließung", "Date of the marriage")),
 act("acte-de-deces", T("Acte de décès", "Overlijdensakte", "Sterbeurkunde", "Death act"), T("Copie ou extrait d'un acte de décès dressé à Namur.", "Afschrift of uittreksel van een overlijdensakte opgemaakt in Namen.", "Abschrift oder Auszug einer in Namur ausgestellten Sterbeurkunde.", "Copy or extract of a death act drawn up in Namur."), T("Date du décès", "Overlijdensdatum", "Sterbedatum", "Date of death")),
 act("acte-de-naissance-archive", T("Acte de naissance archivé", "Gearchiveerde geboorteakte", "Archivierte Geburtsurkunde", "Archived birth act"), T("Actes de plus de 100 ans, recherchés par nos agents.", "Akten van meer dan 100 jaar, opgezocht door onze medewerkers.", "Urkunden über 100 Jahre, von unseren Mitarbeitern gesucht.", "Acts over 100 years old, searched by our staff."), None, archive=True),
 act("acte-de-mariage-archive", T("Acte de mariage archivé", "Gearchiveerde huwelijksakte", "Archivierte Heiratsurkunde", "Archived marriage act"), T("Actes de plus de 75 ans, recherchés par nos agents.", "Akten van meer dan 75 jaar, opgezocht door onze medewerkers.", "Urkunden über 75 Jahre, von unseren Mitarbeitern gesucht.", "Acts over 75 years old, searched by our staff."), None, archive=True),
 act("acte-de-deces-archive", T("Acte de décès archivé", "Gearchiveerde overlijdensakte", "Archivierte Sterbeurkunde", "Archived death act"), T("Actes de plus de 75 ans, recherchés par nos agents.", "Akten van meer dan 75 jaar, opgezocht door onze medewerkers.", "Urkunden über 75 Jahre, von unseren Mitarbeitern gesucht.", "Acts over 75 years old, searched by our staff."), None, archive=True),
 {"slug": "modele-de-procuration", "category": "documents", "kind": "download", "auth": "none", "price_cents": 0, "version": 1, "title": T("Modèle de procuration", "Model van volmacht", "Vollmachtsvorlage", "Proxy template"), "description": T("À compléter et signer pour qu'un proche fasse la demande à votre place.", "In te vullen en te ondertekenen zodat iemand de aanvraag in uw plaats doet.", "Auszufüllen und zu unterschreiben, damit jemand den Antrag für Sie stellt.", "Fill in and sign so that someone can ask in your place."), "keywords": ["procuration", "modèle"]},
 {"slug": "mon-dossier", "category": "documents", "kind": "redirect", "auth": "none", "price_cents": 0, "version": 1, "redirect_url": "https://mondossier.rrn.fgov.be", "title": T("Mon DOSSIER (Registre national)", "Mijn DOSSIER (Rijksregister)", "Meine AKTE (Nationalregister)", "My DOSSIER (National Register)"), "description": T("Certificats gratuits et immédiats du Registre national, avec votre carte d'identité.", "Gratis en onmiddellijke attesten van het Rijksregister, met uw identiteitskaart.", "Kostenlose und sofortige Bescheinigungen des Nationalregisters, mit Ihrem Personalausweis.", "Free, instant certificates from the National Register, with your identity card."), "keywords": ["registre national"]},
]
json.dump({"categories": cats, "services": services}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
