<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name>AccountController</name>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Te veel pogingen. Probeer opnieuw over %1 s.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).</source>
        <translation>Vindt u het niet, kijk dan in uw spam (afzender: %1).</translation>
    </message>
    <message>
        <source>Le mot de passe ne respecte pas toutes les règles indiquées.</source>
        <translation>Het wachtwoord voldoet niet aan alle aangegeven regels.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Cliquez sur le lien qu&apos;il contient dans les %2 heures pour activer votre compte.</source>
        <translation>Er is een activeringsmail verzonden naar %1. Klik binnen %2 uur op de link erin om uw account te activeren.</translation>
    </message>
    <message>
        <source>Si un compte en attente d&apos;activation existe pour %1, un nouvel e-mail d&apos;activation vient d&apos;y être envoyé.</source>
        <translation>Als er voor %1 een account wacht op activering, is er zojuist een nieuwe activeringsmail naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Si un compte existe pour %1, un e-mail avec un lien pour choisir un nouveau mot de passe vient d&apos;y être envoyé. Sans e-mail, l&apos;adresse du compte est peut-être erronée : créez alors un nouveau compte.</source>
        <translation>Als er een account bestaat voor %1, is er zojuist een e-mail met een link om een nieuw wachtwoord te kiezen naartoe gestuurd. Krijgt u geen e-mail, dan is het adres van de account misschien fout: maak dan een nieuwe account aan.</translation>
    </message>
    <message>
        <source>Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse deviendra votre identifiant dès que vous aurez cliqué sur le lien.</source>
        <translation>Er is een bevestigingsmail verzonden naar %1. Uw nieuwe adres wordt uw gebruikersnaam zodra u op de link hebt geklikt.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>E-mailadres of wachtwoord onjuist.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;est pas encore activé. Cliquez sur le lien reçu par e-mail (pensez à vérifier vos spams).</source>
        <translation>Uw account is nog niet geactiveerd. Klik op de link die u per e-mail hebt ontvangen (kijk ook in uw spam).</translation>
    </message>
    <message>
        <source>Un compte existe déjà avec cette adresse e-mail.</source>
        <translation>Er bestaat al een account met dit e-mailadres.</translation>
    </message>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité et ne peuvent pas être modifiées ici.</source>
        <translation>Deze gegevens komen van uw identiteitskaart en kunnen hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec votre carte d&apos;identité.</source>
        <translation>Voor deze aanvraag moet u inloggen met uw identiteitskaart.</translation>
    </message>
    <message>
        <source>Vous avez déjà introduit cette demande.</source>
        <translation>U hebt deze aanvraag al ingediend.</translation>
    </message>
    <message>
        <source>L&apos;application n&apos;est pas configurée pour joindre la Ville. Prévenez un agent.</source>
        <translation>De toepassing is niet ingesteld om de Stad te bereiken. Verwittig een medewerker.</translation>
    </message>
    <message>
        <source>Impossible de joindre la Ville. Vérifiez votre connexion à Internet et réessayez.</source>
        <translation>De Stad is niet bereikbaar. Controleer uw internetverbinding en probeer opnieuw.</translation>
    </message>
    <message>
        <source>La Ville met trop de temps à répondre. Réessayez dans quelques instants.</source>
        <translation>De Stad doet er te lang over om te antwoorden. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>La connexion sécurisée avec la Ville n&apos;a pas pu être vérifiée. Pour votre sécurité, rien n&apos;a été envoyé.</source>
        <translation>De beveiligde verbinding met de Stad kon niet worden gecontroleerd. Voor uw veiligheid werd niets verzonden.</translation>
    </message>
    <message>
        <source>Le service de la Ville rencontre un problème. Réessayez plus tard.</source>
        <translation>De dienst van de Stad ondervindt een probleem. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>La réponse de la Ville est illisible. Réessayez plus tard.</source>
        <translation>Het antwoord van de Stad is onleesbaar. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>Votre session a expiré. Veuillez vous reconnecter.</source>
        <translation>Uw sessie is verlopen. Log opnieuw in.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cette démarche.</source>
        <translation>U hebt geen toegang tot deze aanvraag.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas ou plus.</source>
        <translation>Dit element bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Cette opération est en conflit avec une autre.</source>
        <translation>Deze handeling is in strijd met een andere.</translation>
    </message>
    <message>
        <source>Les fichiers joints sont trop volumineux.</source>
        <translation>De bijgevoegde bestanden zijn te groot.</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Dit bestandstype wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>Certains champs ne sont pas corrects. Vérifiez les messages indiqués.</source>
        <translation>Sommige velden zijn niet correct. Bekijk de getoonde berichten.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Te veel pogingen. Probeer opnieuw over %1 s.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans quelques instants.</source>
        <translation>Te veel pogingen. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être traitée.</source>
        <translation>De aanvraag kon niet worden verwerkt.</translation>
    </message>
    <message>
        <source>L&apos;opération a été annulée.</source>
        <translation>De handeling werd geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <source>Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l&apos;ordinateur ou demandez de l&apos;aide au personnel.</source>
        <translation>De dienst voor kaartlezers werkt niet. Start de computer opnieuw op of vraag hulp aan het personeel.</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte n&apos;est branché.</source>
        <translation>Er is geen kaartlezer aangesloten.</translation>
    </message>
    <message>
        <source>Aucune carte dans le lecteur.</source>
        <translation>Geen kaart in de lezer.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le lecteur jusqu&apos;à la fin.</source>
        <translation>De kaart werd tijdens het lezen verwijderd. Steek ze opnieuw in en laat ze in de lezer tot het einde.</translation>
    </message>
    <message>
        <source>Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>De lezer wordt door een ander programma gebruikt. Sluit dat programma en probeer opnieuw.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.</source>
        <translation>De kaart reageert niet. Verwijder ze en steek ze opnieuw in, met de chip eerst.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas une carte d&apos;identité belge.</source>
        <translation>Deze kaart is geen Belgische identiteitskaart.</translation>
    </message>
    <message>
        <source>La carte n&apos;a pas pu être lue entièrement : elle est peut-être endommagée. Adressez-vous à votre commune.</source>
        <translation>De kaart kon niet volledig worden gelezen: ze is misschien beschadigd. Wend u tot uw gemeente.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Onjuiste pincode.</translation>
    </message>
    <message>
        <source>Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code PUK.</source>
        <translation>De pincode is geblokkeerd. Ze kan bij uw gemeente worden gedeblokkeerd met de PUK-code.</translation>
    </message>
    <message>
        <source>Lecture annulée.</source>
        <translation>Lezen geannuleerd.</translation>
    </message>
    <message>
        <source>La lecture de la carte a échoué. Retirez la carte et réessayez.</source>
        <translation>Het lezen van de kaart is mislukt. Verwijder de kaart en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Le certificat qui garantit les données de la carte a expiré. Les données ne seront pas utilisées. Adressez-vous à votre commune.</source>
        <translation>Het certificaat dat de gegevens van de kaart waarborgt, is verlopen. De gegevens worden niet gebruikt. Wend u tot uw gemeente.</translation>
    </message>
    <message>
        <source>Les données de la carte n&apos;ont pas pu être vérifiées : elles ne seront pas utilisées. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>De gegevens van de kaart konden niet worden gecontroleerd: ze worden niet gebruikt. Wend u tot uw gemeente als dit opnieuw gebeurt.</translation>
    </message>
</context>
<context>
    <name>CardReadingPage</name>
    <message>
        <source>Lecture de votre carte</source>
        <translation>Uw kaart wordt gelezen</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Goeiedag %1</translation>
    </message>
    <message>
        <source>Lecture en cours. Laissez la carte dans le lecteur.</source>
        <translation>Bezig met lezen. Laat de kaart in de lezer.</translation>
    </message>
    <message>
        <source>Votre carte a été lue et ses données ont été vérifiées.</source>
        <translation>Uw kaart werd gelezen en de gegevens werden gecontroleerd.</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Steek uw identiteitskaart in</translation>
    </message>
    <message>
        <source>Progression de la lecture</source>
        <translation>Voortgang van het lezen</translation>
    </message>
    <message>
        <source>Signature de l&apos;identité</source>
        <translation>Handtekening van de identiteit</translation>
    </message>
    <message>
        <source>Signature de l&apos;adresse</source>
        <translation>Handtekening van het adres</translation>
    </message>
    <message>
        <source>Empreinte de la photo</source>
        <translation>Vingerafdruk van de foto</translation>
    </message>
    <message>
        <source>Certificat du Registre national</source>
        <translation>Certificaat van het Rijksregister</translation>
    </message>
    <message>
        <source>vérifié</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>expiré</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>non valable</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Termine la session et efface les données lues</source>
        <translation>Beëindigt de sessie en wist de gelezen gegevens</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au moins %1 caractères.</source>
        <translation>Dit veld moet minstens %1 tekens bevatten.</translation>
    </message>
    <message>
        <source>Le format de ce champ n&apos;est pas valide.</source>
        <translation>Het formaat van dit veld is ongeldig.</translation>
    </message>
    <message>
        <source>Ce champ ne peut contenir que des chiffres.</source>
        <translation>Dit veld mag alleen cijfers bevatten.</translation>
    </message>
    <message>
        <source>Cette adresse e-mail n&apos;est pas valide (exemple : nom@exemple.be).</source>
        <translation>Dit e-mailadres is ongeldig (voorbeeld: naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>Ce numéro de téléphone belge n&apos;est pas valide (exemple : 081 24 60 00).</source>
        <translation>Dit Belgische telefoonnummer is ongeldig (voorbeeld: 081 24 60 00).</translation>
    </message>
    <message>
        <source>Ce numéro de compte IBAN n&apos;est pas valide (exemple : BE68 5390 0754 7034).</source>
        <translation>Dit IBAN-rekeningnummer is ongeldig (voorbeeld: BE68 5390 0754 7034).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide (11 chiffres, au dos de votre carte d&apos;identité).</source>
        <translation>Dit rijksregisternummer is ongeldig (11 cijfers, op de achterkant van uw identiteitskaart).</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas.</source>
        <translation>Deze datum bestaat niet.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>De datum moet %1 of later zijn.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>De datum moet %1 of vroeger zijn.</translation>
    </message>
    <message>
        <source>Choisissez une des propositions.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux (%1 Mo au plus).</source>
        <translation>Dit bestand is te groot (hoogstens %1 MB).</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Dit bestandstype wordt niet aanvaard.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valide.</source>
        <translation>Deze waarde is ongeldig.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au plus %1 caractères.</source>
        <translation>Dit veld mag hoogstens %1 tekens bevatten.</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profiel</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Oui</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Réponse affichée</source>
        <translation>Antwoord getoond</translation>
    </message>
    <message>
        <source>Touchez pour lire la réponse</source>
        <translation>Tik om het antwoord te lezen</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message numerus="yes">
        <source>Votre session se termine dans %n seconde(s). Tout ce que vous avez encodé sera effacé.</source>
        <translation>
            <numerusform>Uw sessie eindigt over %n seconde. Alles wat u hebt ingevuld, wordt gewist.</numerusform>
            <numerusform>Uw sessie eindigt over %n seconden. Alles wat u hebt ingevuld, wordt gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>J&apos;ai besoin de plus de temps</source>
        <translation>Ik heb meer tijd nodig</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Loket van de Stad %1</translation>
    </message>
    <message>
        <source>Carte retirée : votre session est terminée et vos données ont été effacées.</source>
        <translation>Kaart verwijderd: uw sessie is beëindigd en uw gegevens zijn gewist.</translation>
    </message>
    <message>
        <source>Votre session est terminée et vos données ont été effacées.</source>
        <translation>Uw sessie is beëindigd en uw gegevens zijn gewist.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hulp</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation>Minstens %1 tekens</translation>
    </message>
    <message>
        <source>Au moins %1 types de caractères parmi les suivants</source>
        <translation>Minstens %1 soorten tekens uit de volgende</translation>
    </message>
    <message>
        <source>minuscules (abc…)</source>
        <translation>kleine letters (abc…)</translation>
    </message>
    <message>
        <source>majuscules (ABC…)</source>
        <translation>hoofdletters (ABC…)</translation>
    </message>
    <message>
        <source>chiffres (123…)</source>
        <translation>cijfers (123…)</translation>
    </message>
    <message>
        <source>ponctuation (!?#…)</source>
        <translation>leestekens (!?#…)</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Préparation du paiement…</source>
        <translation>Betaling wordt voorbereid…</translation>
    </message>
    <message>
        <source>Effectuez le virement avec la communication structurée indiquée.</source>
        <translation>Doe de overschrijving met de vermelde gestructureerde mededeling.</translation>
    </message>
    <message>
        <source>Scannez le code QR avec votre smartphone pour payer.</source>
        <translation>Scan de QR-code met uw smartphone om te betalen.</translation>
    </message>
    <message>
        <source>Terminez le paiement dans la page du prestataire de paiement.</source>
        <translation>Rond de betaling af op de pagina van de betaaldienst.</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès de la Ville…</source>
        <translation>We controleren uw betaling bij de Stad…</translation>
    </message>
    <message>
        <source>Votre paiement n&apos;est pas encore confirmé. Ne payez pas une seconde fois : nous continuerons à vérifier et vous recevrez un e-mail.</source>
        <translation>Uw betaling is nog niet bevestigd. Betaal niet een tweede keer: we blijven controleren en u ontvangt een e-mail.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Betaling ontvangen. Bedankt!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé par votre banque. Rien n&apos;a été débité.</source>
        <translation>De betaling werd door uw bank geweigerd. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>De betaling werd geannuleerd. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Le délai de paiement est dépassé. Rien n&apos;a été débité.</source>
        <translation>De betaaltermijn is verstreken. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu être créé. Rien n&apos;a été débité.</source>
        <translation>De betaling kon niet worden aangemaakt. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Ville de Namur</source>
        <translation>Stad Namen</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité électronique (Registre national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-vous à l&apos;administration communale de votre domicile pour les faire corriger.</source>
        <translation>Deze gegevens komen van uw elektronische identiteitskaart (Rijksregister) en kunnen hier niet worden gewijzigd. Zijn ze fout, ga dan naar het gemeentebestuur van uw woonplaats om ze te laten verbeteren.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Rue et numéro</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Compte bancaire (IBAN)</source>
        <translation>Bankrekening (IBAN)</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profiel</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Carte (Bancontact/Maestro, Visa, Mastercard)</source>
        <translation>Kaart (Bancontact/Maestro, Visa, Mastercard)</translation>
    </message>
    <message>
        <source>Code QR (smartphone)</source>
        <translation>QR-code (smartphone)</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Betaalterminal</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Bankoverschrijving</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Moyen de paiement</source>
        <translation>Betaalmiddel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Reçu de paiement</source>
        <translation>Betalingsbewijs</translation>
    </message>
    <message>
        <source>Conservez ce reçu. Il ne contient aucune donnée de votre carte.</source>
        <translation>Bewaar dit bewijs. Het bevat geen gegevens van uw kaart.</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</source>
        <translation>Dit formulier kan momenteel niet worden getoond. Probeer later opnieuw of wend u tot het gemeentebestuur.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</source>
        <translation>De aanvraag kon niet op deze computer worden opgeslagen. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>SpokenGuide</name>
    <message>
        <source>Guidage vocal activé.</source>
        <translation>Spraakbegeleiding ingeschakeld.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Loket van de Stad %1</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Steek uw identiteitskaart in</translation>
    </message>
    <message>
        <source>Le lecteur se trouve sous l&apos;écran. Gardez la carte dans le lecteur jusqu&apos;à la fin.</source>
        <translation>De kaartlezer bevindt zich onder het scherm. Laat de kaart tot het einde in de lezer.</translation>
    </message>
    <message>
        <source>Placez votre carte dans le lecteur relié à cet ordinateur.</source>
        <translation>Plaats uw kaart in de kaartlezer die op deze computer is aangesloten.</translation>
    </message>
    <message>
        <source>ou</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Aanmelden met een gebruikersnaam</translation>
    </message>
    <message>
        <source>Connexion avec une adresse e-mail et un mot de passe</source>
        <translation>Aanmelden met een e-mailadres en een wachtwoord</translation>
    </message>
    <message>
        <source>Grands caractères</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Guidage vocal</source>
        <translation>Spraakbegeleiding</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre, les instructions et les erreurs de chaque écran</source>
        <translation>Leest de titel, de instructies en de fouten van elk scherm voor</translation>
    </message>
</context>
</TS>
