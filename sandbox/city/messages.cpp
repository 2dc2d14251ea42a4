// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include <QHash>

namespace {

struct Texts
{
    const char* fr;
    const char* nl;
    const char* de;
    const char* en;
};

// One table rather than Qt's .ts machinery: the server answers in the language of each
// request, concurrently, so it cannot switch one global translator.
const QHash<QString, Texts>& table()
{
    static const QHash<QString, Texts> t = {
        // Request-level errors
        { "malformed_json",
            { "Le corps de la requête n'est pas un JSON valide.", "De inhoud is geen geldige JSON.",
                "Der Inhalt ist kein gültiges JSON.", "The request body is not valid JSON." } },
        { "payload_too_large",
            { "La requête dépasse 10 Mo.", "Het verzoek is groter dan 10 MB.",
                "Die Anfrage ist größer als 10 MB.", "The request is larger than 10 MB." } },
        { "unsupported_media_type",
            { "Envoyez du JSON (Content-Type: application/json).",
                "Stuur JSON (Content-Type: application/json).",
                "Senden Sie JSON (Content-Type: application/json).",
                "Send JSON (Content-Type: application/json)." } },
        { "not_found",
            { "Cette ressource n'existe pas.", "Deze bron bestaat niet.",
                "Diese Ressource existiert nicht.", "This resource does not exist." } },
        { "internal_error",
            { "Erreur interne du serveur.", "Interne serverfout.", "Interner Serverfehler.",
                "Internal server error." } },
        { "session_required",
            { "Veuillez vous connecter.", "Gelieve in te loggen.", "Bitte melden Sie sich an.",
                "Please log in." } },
        { "invalid_credentials",
            { "Adresse e-mail ou mot de passe incorrect.", "Onjuist e-mailadres of wachtwoord.",
                "E-Mail-Adresse oder Passwort falsch.", "Wrong e-mail address or password." } },
        { "account_inactive",
            { "Votre compte n'est pas encore activé : cliquez sur le lien reçu par e-mail.",
                "Uw account is nog niet geactiveerd: klik op de link in de e-mail.",
                "Ihr Konto ist noch nicht aktiviert: klicken Sie auf den Link in der E-Mail.",
                "Your account is not activated yet: click the link in the e-mail." } },
        { "rate_limited",
            { "Trop de tentatives. Réessayez dans %1 secondes.",
                "Te veel pogingen. Probeer opnieuw over %1 seconden.",
                "Zu viele Versuche. Versuchen Sie es in %1 Sekunden erneut.",
                "Too many attempts. Try again in %1 seconds." } },
        { "validation_failed",
            { "Certains champs ne sont pas valides.", "Sommige velden zijn ongeldig.",
                "Einige Felder sind ungültig.", "Some fields are not valid." } },
        { "field_locked",
            { "Cette donnée provient de votre carte d'identité : adressez-vous au service "
              "Population "
              "pour la corriger.",
                "Dit gegeven komt van uw identiteitskaart: wend u tot de dienst Bevolking om het "
                "te "
                "verbeteren.",
                "Diese Angabe stammt von Ihrem Personalausweis: wenden Sie sich zur Berichtigung "
                "an "
                "den Bevölkerungsdienst.",
                "This comes from your identity card: ask the Population service to correct it." } },
        { "email_in_use",
            { "Un compte existe déjà pour cette adresse e-mail.",
                "Er bestaat al een account voor dit e-mailadres.",
                "Für diese E-Mail-Adresse besteht bereits ein Konto.",
                "An account already exists for this e-mail address." } },
        { "idempotency_conflict",
            { "Cette clé d'idempotence a déjà servi pour une autre requête.",
                "Deze idempotentiesleutel werd al voor een ander verzoek gebruikt.",
                "Dieser Idempotenzschlüssel wurde bereits für eine andere Anfrage verwendet.",
                "This idempotency key was already used for another request." } },
        { "token_invalid",
            { "Ce lien n'est pas valide ou a déjà servi.", "Deze link is ongeldig of al gebruikt.",
                "Dieser Link ist ungültig oder wurde bereits verwendet.",
                "This link is not valid or was already used." } },
        { "token_expired",
            { "Ce lien a expiré : demandez-en un nouveau.",
                "Deze link is verlopen: vraag een nieuwe.",
                "Dieser Link ist abgelaufen: fordern Sie einen neuen an.",
                "This link has expired: ask for a new one." } },
        { "service_not_found",
            { "Cette démarche n'existe pas.", "Deze aanvraag bestaat niet.",
                "Dieser Dienst existiert nicht.", "This service does not exist." } },
        { "service_not_form",
            { "Cette démarche ne se fait pas par formulaire.",
                "Deze aanvraag gebeurt niet via een formulier.",
                "Dieser Dienst wird nicht per Formular beantragt.",
                "This service is not requested with a form." } },
        { "request_not_found",
            { "Demande introuvable.", "Aanvraag niet gevonden.", "Antrag nicht gefunden.",
                "Request not found." } },
        { "document_not_found",
            { "Document introuvable.", "Document niet gevonden.", "Dokument nicht gefunden.",
                "Document not found." } },
        { "action_unknown",
            { "Action inconnue.", "Onbekende actie.", "Unbekannte Aktion.", "Unknown action." } },
        { "action_not_allowed",
            { "Cette action n'est plus possible pour cette demande.",
                "Deze actie is niet meer mogelijk voor deze aanvraag.",
                "Diese Aktion ist für diesen Antrag nicht mehr möglich.",
                "This action is no longer possible for this request." } },
        { "eid_required",
            { "Cette démarche exige une connexion avec votre carte d'identité.",
                "Voor deze aanvraag moet u inloggen met uw identiteitskaart.",
                "Für diesen Dienst müssen Sie sich mit Ihrem Personalausweis anmelden.",
                "This service requires logging in with your identity card." } },
        { "nothing_to_pay",
            { "Il n'y a rien à payer.", "Er valt niets te betalen.", "Es gibt nichts zu bezahlen.",
                "There is nothing to pay." } },
        { "amount_mismatch",
            { "Le montant payé ne correspond pas au montant dû.",
                "Het betaalde bedrag komt niet overeen met het verschuldigde bedrag.",
                "Der bezahlte Betrag entspricht nicht dem geschuldeten Betrag.",
                "The amount paid does not match the amount due." } },
        { "terminal_transaction_used",
            { "Cette transaction du terminal a déjà servi pour un autre paiement.",
                "Deze terminaltransactie werd al voor een andere betaling gebruikt.",
                "Diese Terminal-Transaktion wurde bereits für eine andere Zahlung verwendet.",
                "This terminal transaction was already used for another payment." } },
        { "device_required",
            { "Seul un poste enregistré auprès de la Ville (borne, guichet) peut faire cet "
              "appel, avec son certificat.",
                "Alleen een bij de Stad geregistreerd toestel (kiosk, loket) kan deze oproep "
                "doen, met zijn certificaat.",
                "Nur ein bei der Stadt registriertes Gerät (Terminal, Schalter) kann diesen "
                "Aufruf mit seinem Zertifikat ausführen.",
                "Only a station registered with the city (kiosk, counter) can make this call, "
                "with its certificate." } },
        { "device_mismatch",
            { "Le certificat de ce poste désigne un autre appareil.",
                "Het certificaat van dit toestel vermeldt een ander toestel.",
                "Das Zertifikat dieses Geräts nennt ein anderes Gerät.",
                "This station's certificate names another device." } },
        { "counter_required",
            { "Seul un guichet enregistré auprès de la Ville peut faire cet appel (ce poste est "
              "une borne).",
                "Alleen een bij de Stad geregistreerd loket kan deze oproep doen (dit toestel is "
                "een kiosk).",
                "Nur ein bei der Stadt registrierter Schalter kann diesen Aufruf ausführen (dieses "
                "Gerät ist ein Terminal).",
                "Only a counter registered with the city can make this call (this station is a "
                "kiosk)." } },
        { "staff_required",
            { "Réservé aux agents de la Ville connectés au guichet.",
                "Alleen voor medewerkers van de Stad die aan het loket aangemeld zijn.",
                "Nur für am Schalter angemeldete Mitarbeiter der Stadt.",
                "Only for city staff signed in at the counter." } },
        { "handoff_not_found",
            { "Aucun dossier en attente avec ce code (déjà repris, expiré ou mal tapé).",
                "Geen wachtend dossier met deze code (al overgenomen, verlopen of verkeerd "
                "getypt).",
                "Kein wartender Vorgang mit diesem Code (schon übernommen, abgelaufen oder "
                "falsch eingegeben).",
                "No waiting draft with this code (already taken, expired or mistyped)." } },
        { "role_forbidden",
            { "Votre rôle ne couvre pas les démarches de ce service.",
                "Uw rol dekt de aanvragen van deze dienst niet.",
                "Ihre Rolle umfasst die Anträge dieses Dienstes nicht.",
                "Your role does not cover this service's requests." } },
        { "card_unverified",
            { "La carte d'identité lue au guichet n'a pas pu être vérifiée.",
                "De aan het loket gelezen identiteitskaart kon niet worden gecontroleerd.",
                "Der am Schalter gelesene Personalausweis konnte nicht geprüft werden.",
                "The identity card read at the desk could not be verified." } },
        { "card_expired",
            { "Cette carte d'identité n'est plus valable.", "Deze identiteitskaart is verlopen.",
                "Dieser Personalausweis ist nicht mehr gültig.",
                "This identity card is no longer valid." } },
        { "card_address_missing",
            { "L'adresse de la carte n'a pas été lue.", "Het adres van de kaart werd niet gelezen.",
                "Die Adresse des Ausweises wurde nicht gelesen.",
                "The card's address was not read." } },
        { "payment_not_found",
            { "Paiement introuvable.", "Betaling niet gevonden.", "Zahlung nicht gefunden.",
                "Payment not found." } },
        { "challenge_invalid",
            { "Le défi de connexion a expiré ou a déjà servi.",
                "De aanmeldingsuitdaging is verlopen of al gebruikt.",
                "Die Anmeldeherausforderung ist abgelaufen oder wurde bereits verwendet.",
                "The login challenge has expired or was already used." } },
        { "eid_signature_invalid",
            { "La signature de la carte n'est pas valide.",
                "De handtekening van de kaart is ongeldig.", "Die Signatur der Karte ist ungültig.",
                "The card's signature is not valid." } },
        { "eid_untrusted",
            { "Le certificat de la carte n'est pas reconnu.",
                "Het certificaat van de kaart wordt niet "
                "herkend.",
                "Das Zertifikat der Karte wird nicht anerkannt.",
                "The card's certificate is not recognised." } },
        { "eid_revoked",
            { "Cette carte d'identité a été révoquée (perdue, volée ou remplacée).",
                "Deze identiteitskaart is ingetrokken (verloren, gestolen of vervangen).",
                "Dieser Personalausweis wurde widerrufen (verloren, gestohlen oder ersetzt).",
                "This identity card has been revoked (lost, stolen or replaced)." } },
        { "eid_revocation_unknown",
            { "La validité de la carte ne peut pas être vérifiée pour l'instant.",
                "De geldigheid van de kaart kan nu niet worden nagegaan.",
                "Die Gültigkeit der Karte kann derzeit nicht geprüft werden.",
                "The card's validity cannot be checked at the moment." } },
        // Field errors
        { "field_required",
            { "Ce champ est obligatoire.", "Dit veld is verplicht.",
                "Dieses Feld ist erforderlich.", "This field is required." } },
        { "field_invalid",
            { "Valeur non valide.", "Ongeldige waarde.", "Ungültiger Wert.", "Invalid value." } },
        { "field_email",
            { "Adresse e-mail non valide.", "Ongeldig e-mailadres.", "Ungültige E-Mail-Adresse.",
                "Invalid e-mail address." } },
        { "field_nrn",
            { "Numéro de registre national non valide (11 chiffres).",
                "Ongeldig rijksregisternummer (11 cijfers).",
                "Ungültige Nationalregisternummer (11 Ziffern).",
                "Invalid national register number (11 digits)." } },
        { "field_iban",
            { "IBAN non valide.", "Ongeldig IBAN.", "Ungültige IBAN.", "Invalid IBAN." } },
        { "field_phone",
            { "Numéro de téléphone belge non valide.", "Ongeldig Belgisch telefoonnummer.",
                "Ungültige belgische Telefonnummer.", "Invalid Belgian phone number." } },
        { "field_digits",
            { "Seuls des chiffres sont permis.", "Alleen cijfers zijn toegestaan.",
                "Nur Ziffern sind erlaubt.", "Only digits are allowed." } },
        { "field_pattern",
            { "Format non valide.", "Ongeldig formaat.", "Ungültiges Format.",
                "Invalid format." } },
        { "field_too_short", { "Trop court.", "Te kort.", "Zu kurz.", "Too short." } },
        { "field_too_long", { "Trop long.", "Te lang.", "Zu lang.", "Too long." } },
        { "field_date",
            { "Date non valide.", "Ongeldige datum.", "Ungültiges Datum.", "Invalid date." } },
        { "field_date_range",
            { "Date hors des limites permises.", "Datum buiten de toegestane grenzen.",
                "Datum außerhalb des erlaubten Bereichs.", "Date outside the allowed range." } },
        { "field_option",
            { "Choix non valide.", "Ongeldige keuze.", "Ungültige Auswahl.", "Invalid choice." } },
        { "field_file_size",
            { "Fichier trop volumineux.", "Bestand te groot.", "Datei zu groß.",
                "File too large." } },
        { "field_file_type",
            { "Type de fichier non accepté.", "Bestandstype niet aanvaard.",
                "Dateityp nicht akzeptiert.", "File type not accepted." } },
        { "field_type",
            { "Type de valeur incorrect.", "Verkeerd waardetype.", "Falscher Werttyp.",
                "Wrong value type." } },
        { "password_policy",
            { "Le mot de passe ne respecte pas les règles.",
                "Het wachtwoord voldoet niet aan de regels.",
                "Das Passwort erfüllt die Regeln nicht.",
                "The password does not follow the rules." } },
        { "password_common",
            { "Ce mot de passe est trop courant : choisissez-en un autre.",
                "Dit wachtwoord komt te vaak voor: kies een ander.",
                "Dieses Passwort ist zu verbreitet: wählen Sie ein anderes.",
                "This password is too common: choose another one." } },
        { "password_wrong",
            { "Mot de passe incorrect.", "Verkeerd wachtwoord.", "Falsches Passwort.",
                "Wrong password." } },
        { "eid_reauth_required",
            { "Connectez-vous à nouveau avec votre carte d'identité pour faire ce changement.",
                "Log opnieuw in met uw identiteitskaart om deze wijziging te doen.",
                "Melden Sie sich für diese Änderung erneut mit Ihrem Personalausweis an.",
                "Log in again with your identity card to make this change." } },
        // Password rules
        { "pw_min_length",
            { "Au moins %1 caractères", "Minstens %1 tekens", "Mindestens %1 Zeichen",
                "At least %1 characters" } },
        { "pw_classes",
            { "Au moins %1 types parmi : minuscules, majuscules, chiffres, ponctuation",
                "Minstens %1 soorten uit: kleine letters, hoofdletters, cijfers, leestekens",
                "Mindestens %1 Arten aus: Kleinbuchstaben, Großbuchstaben, Ziffern, Satzzeichen",
                "At least %1 kinds among lowercase, uppercase, digits, punctuation" } },
        { "pw_not_common",
            { "Pas un mot de passe courant", "Geen veelgebruikt wachtwoord",
                "Kein verbreitetes Passwort", "Not a common password" } },
        // Request statuses and history
        { "st_submitted",
            { "Demande reçue", "Aanvraag ontvangen", "Antrag eingegangen", "Request received" } },
        { "st_awaiting_payment",
            { "En attente du paiement", "Wacht op betaling", "Zahlung ausstehend",
                "Awaiting payment" } },
        { "st_in_process",
            { "En cours de traitement", "In behandeling", "In Bearbeitung", "In process" } },
        { "st_done", { "Terminée", "Afgehandeld", "Abgeschlossen", "Done" } },
        { "st_rejected", { "Refusée", "Geweigerd", "Abgelehnt", "Rejected" } },
        { "st_cancelled", { "Annulée", "Geannuleerd", "Storniert", "Cancelled" } },
        { "hist_paid",
            { "Paiement reçu.", "Betaling ontvangen.", "Zahlung eingegangen.",
                "Payment received." } },
        { "hist_staff",
            { "Demande transmise aux agents de l'État civil (archives).",
                "Aanvraag doorgestuurd naar de medewerkers van de Burgerlijke Stand (archief).",
                "Antrag an die Mitarbeiter des Standesamts (Archiv) weitergeleitet.",
                "Request passed to the civil-status staff (archives)." } },
        { "hist_done_post",
            { "Votre document vous est envoyé par la poste.",
                "Uw document wordt per post verstuurd.", "Ihr Dokument wird per Post versandt.",
                "Your document is sent by post." } },
        { "hist_done_pickup",
            { "Votre document est disponible à l'accueil de l'Hôtel de Ville.",
                "Uw document ligt klaar aan het onthaal van het stadhuis.",
                "Ihr Dokument liegt am Empfang des Rathauses bereit.",
                "Your document is ready at the town hall's reception." } },
        { "hist_cancelled_by_citizen",
            { "Annulée à votre demande.", "Geannuleerd op uw verzoek.",
                "Auf Ihren Wunsch storniert.", "Cancelled at your request." } },
        { "identity_label", { "Identité", "Identiteit", "Identität", "Identity" } },
        { "identity_declared",
            { "déclarée par le demandeur, non vérifiée par carte eID",
                "opgegeven door de aanvrager, niet gecontroleerd met de eID",
                "vom Antragsteller angegeben, nicht mit der eID geprüft",
                "declared by the applicant, not verified with an eID card" } },
        { "step_archive_search",
            { "Recherche dans les registres d'archives en cours.",
                "Opzoeking in de archiefregisters bezig.", "Suche in den Archivregistern läuft.",
                "Searching the archive registers." } },
        { "step_act_found",
            { "Acte retrouvé ; copie en préparation.", "Akte gevonden; kopie wordt voorbereid.",
                "Urkunde gefunden; Abschrift in Vorbereitung.",
                "Act found; the copy is being prepared." } },
        { "step_act_not_found",
            { "Acte introuvable dans les registres d'archives.",
                "Akte niet gevonden in de archiefregisters.",
                "Urkunde in den Archivregistern nicht gefunden.",
                "Act not found in the archive registers." } },
        { "step_ready",
            { "Copie de l'acte établie.", "Kopie van de akte opgemaakt.",
                "Abschrift der Urkunde erstellt.", "The copy of the act is ready." } },
        { "channel_label", { "Introduite", "Ingediend", "Eingereicht", "Filed" } },
        { "channel_counter",
            { "au guichet par %1, identité vérifiée sur la carte eID présentée",
                "aan het loket door %1, identiteit gecontroleerd met de voorgelegde eID",
                "am Schalter von %1, Identität mit dem vorgelegten eID-Ausweis geprüft",
                "at the counter by %1, identity verified with the eID card shown" } },
        { "act_cancel",
            { "Annuler la demande", "Aanvraag annuleren", "Antrag stornieren",
                "Cancel the request" } },
        { "act_comment",
            { "Envoyer un message", "Bericht sturen", "Nachricht senden", "Send a message" } },
        // E-mails
        { "mail_activation_subject",
            { "Activez votre compte e-Guichet", "Activeer uw e-Loket-account",
                "Aktivieren Sie Ihr e-Schalter-Konto", "Activate your e-Guichet account" } },
        { "mail_activation_body",
            { "Bonjour,\n\nPour activer votre compte, ouvrez ce lien (valable %2 heures) :\n%1\n",
                "Goedendag,\n\nOpen deze link (%2 uur geldig) om uw account te activeren:\n%1\n",
                "Guten Tag,\n\nÖffnen Sie diesen Link (%2 Stunden gültig), um Ihr Konto zu "
                "aktivieren:\n%1\n",
                "Hello,\n\nOpen this link (valid %2 hours) to activate your account:\n%1\n" } },
        { "mail_reset_subject",
            { "Réinitialisation de votre mot de passe", "Uw wachtwoord opnieuw instellen",
                "Zurücksetzen Ihres Passworts", "Resetting your password" } },
        { "mail_reset_body",
            { "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable %2 "
              "heures) :\n%1\n",
                "Goedendag,\n\nOpen deze link (%2 uur geldig) om een nieuw wachtwoord te "
                "kiezen:\n%1\n",
                "Guten Tag,\n\nÖffnen Sie diesen Link (%2 Stunden gültig), um ein neues Passwort "
                "zu "
                "wählen:\n%1\n",
                "Hello,\n\nOpen this link (valid %2 hours) to choose a new password:\n%1\n" } },
        { "mail_email_change_subject",
            { "Confirmez votre nouvelle adresse e-mail", "Bevestig uw nieuw e-mailadres",
                "Bestätigen Sie Ihre neue E-Mail-Adresse", "Confirm your new e-mail address" } },
        { "mail_email_change_body",
            { "Bonjour,\n\nPour que cette adresse devienne votre identifiant, ouvrez ce lien "
              "(valable %2 minutes) :\n%1\n",
                "Goedendag,\n\nOpen deze link (%2 minuten geldig) om dit adres als login te "
                "gebruiken:\n%1\n",
                "Guten Tag,\n\nÖffnen Sie diesen Link (%2 Minuten gültig), damit diese Adresse "
                "Ihre "
                "Anmeldung wird:\n%1\n",
                "Hello,\n\nOpen this link (valid %2 minutes) to make this address your "
                "login:\n%1\n" } },
        { "mail_register_known_subject",
            { "Votre compte e-Guichet existe déjà", "Uw e-Loket-account bestaat al",
                "Ihr e-Schalter-Konto besteht bereits", "Your e-Guichet account already exists" } },
        { "mail_register_known_body",
            { "Bonjour,\n\nQuelqu'un a demandé à créer un compte avec cette adresse, qui a déjà "
              "un compte. Si c'était vous et que vous avez oublié votre mot de passe, utilisez "
              "« Mot de passe perdu ? ». Sinon, ignorez ce message.\n",
                "Goedendag,\n\nIemand vroeg een account aan met dit adres, dat al een account "
                "heeft. Was u het en bent u uw wachtwoord vergeten, gebruik dan \"Wachtwoord "
                "vergeten?\". Anders mag u dit bericht negeren.\n",
                "Guten Tag,\n\nJemand wollte mit dieser Adresse, die bereits ein Konto hat, ein "
                "Konto anlegen. Wenn Sie es waren und Ihr Passwort vergessen haben, nutzen Sie "
                "„Passwort vergessen?“. Andernfalls ignorieren Sie diese Nachricht.\n",
                "Hello,\n\nSomeone asked to create an account with this address, which already "
                "has one. If it was you and you forgot your password, use \"Forgot password?\". "
                "Otherwise ignore this message.\n" } },
        { "mail_email_taken_subject",
            { "Adresse e-mail déjà utilisée", "E-mailadres al in gebruik",
                "E-Mail-Adresse bereits verwendet", "E-mail address already in use" } },
        { "mail_email_taken_body",
            { "Bonjour,\n\nUn compte e-Guichet a demandé à prendre cette adresse comme "
              "identifiant, mais elle est déjà celle d'un autre compte : rien n'a été changé.\n",
                "Goedendag,\n\nEen e-Loket-account wilde dit adres als login gebruiken, maar het "
                "hoort al bij een ander account: er is niets gewijzigd.\n",
                "Guten Tag,\n\nEin e-Schalter-Konto wollte diese Adresse als Anmeldung "
                "verwenden, sie gehört aber bereits zu einem anderen Konto: nichts wurde "
                "geändert.\n",
                "Hello,\n\nAn e-Guichet account asked to use this address as its login, but it "
                "already belongs to another account: nothing was changed.\n" } },
        { "mail_email_changed_subject",
            { "Votre adresse e-mail e-Guichet a changé", "Uw e-Loket-e-mailadres is gewijzigd",
                "Ihre e-Schalter-E-Mail-Adresse wurde geändert",
                "Your e-Guichet e-mail address was changed" } },
        { "mail_email_changed_body",
            { "Bonjour,\n\nL'identifiant de votre compte est désormais %1. Vos autres sessions "
              "ont été fermées. Si vous n'avez pas fait ce changement, contactez l'administration "
              "communale.\n",
                "Goedendag,\n\nDe login van uw account is nu %1. Uw andere sessies werden "
                "afgesloten. Hebt u dit niet zelf gewijzigd, neem dan contact op met het "
                "gemeentebestuur.\n",
                "Guten Tag,\n\nDie Anmeldung Ihres Kontos ist jetzt %1. Ihre anderen Sitzungen "
                "wurden beendet. Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich "
                "an die Gemeindeverwaltung.\n",
                "Hello,\n\nYour account's login is now %1. Your other sessions were closed. If "
                "you did not make this change, contact the municipal administration.\n" } },
        { "mail_status_subject",
            { "Votre demande %1 : %2", "Uw aanvraag %1: %2", "Ihr Antrag %1: %2",
                "Your request %1: %2" } },
        { "mail_status_body",
            { "Bonjour,\n\nVotre demande %1 (%2) est maintenant : %3.\n%4\n",
                "Goedendag,\n\nUw aanvraag %1 (%2) is nu: %3.\n%4\n",
                "Guten Tag,\n\nIhr Antrag %1 (%2) ist jetzt: %3.\n%4\n",
                "Hello,\n\nYour request %1 (%2) is now: %3.\n%4\n" } },
    };
    return t;
}

} // namespace

QString msg(const QString& code, Lang lang)
{
    const auto it = table().constFind(code);
    if (it == table().constEnd())
        return code;
    const char* text = it->fr;
    switch (lang) {
    case Lang::Nl:
        text = it->nl;
        break;
    case Lang::De:
        text = it->de;
        break;
    case Lang::En:
        text = it->en;
        break;
    case Lang::Fr:
        break;
    }
    return QString::fromUtf8(text);
}

bool hasMsg(const QString& code)
{
    return table().contains(code);
}
