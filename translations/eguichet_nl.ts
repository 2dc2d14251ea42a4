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
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams.</source>
        <translation>Vindt u hem niet? Kijk dan in uw spam.</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Fermer la borne</source>
        <translation>Terminal sluiten</translation>
    </message>
    <message>
        <source>Code administrateur</source>
        <translation>Beheerderscode</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer opnieuw over %n seconde.</numerusform>
            <numerusform>Te veel pogingen. Probeer opnieuw over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Onjuiste code.</translation>
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
    <message>
        <source>Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera demandé à nouveau.</source>
        <translation>De tijd om aan te melden is verstreken. Begin opnieuw: uw pincode wordt opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>La Ville n&apos;a pas pu vérifier votre carte d&apos;identité. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>De stad kon uw identiteitskaart niet controleren. Neem contact op met uw gemeente als dit opnieuw gebeurt.</translation>
    </message>
    <message>
        <source>Cette carte d&apos;identité a été révoquée (perdue, volée ou remplacée) : elle ne permet plus de se connecter. Adressez-vous à votre commune.</source>
        <translation>Deze identiteitskaart is ingetrokken (verloren, gestolen of vervangen): u kunt er niet meer mee aanmelden. Neem contact op met uw gemeente.</translation>
    </message>
    <message>
        <source>La Ville ne peut pas vérifier pour l&apos;instant que votre carte d&apos;identité est toujours valable. Réessayez dans quelques minutes.</source>
        <translation>De Stad kan nu niet nagaan of uw identiteitskaart nog geldig is. Probeer het over enkele minuten opnieuw.</translation>
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
    <message>
        <source>Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le sur le clavier du lecteur.</source>
        <translation>De lezer heeft te lang op uw pincode gewacht. Begin opnieuw en typ ze op het toetsenbord van de lezer.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Handeling geannuleerd.</translation>
    </message>
    <message>
        <source>Le code PIN tapé sur le lecteur n&apos;a pas la bonne longueur (4 à 12 chiffres).</source>
        <translation>De pincode die op de lezer werd getypt, heeft niet de juiste lengte (4 tot 12 cijfers).</translation>
    </message>
</context>
<context>
    <name>CardLoginSigner</name>
    <message numerus="yes">
        <source>Code PIN incorrect. Il vous reste %n essai(s).</source>
        <translation>
            <numerusform>Onjuiste pincode. U hebt nog %n poging.</numerusform>
            <numerusform>Onjuiste pincode. U hebt nog %n pogingen.</numerusform>
        </translation>
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
        <translation>Hashwaarde van de foto</translation>
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
    <message>
        <source>Continuer</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Vers vos démarches, vos demandes et votre profil</source>
        <translation>Naar uw aanvragen, uw dossiers en uw profiel</translation>
    </message>
    <message>
        <source>Se connecter avec ma carte</source>
        <translation>Aanmelden met mijn kaart</translation>
    </message>
    <message>
        <source>Demande le code PIN de votre carte</source>
        <translation>Vraagt de pincode van uw kaart</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <extracomment>A label and its value; French puts a space before the colon.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Démarches</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Choisissez une catégorie ou cherchez une démarche.</source>
        <translation>Kies een categorie of zoek een aanvraag.</translation>
    </message>
    <message>
        <source>Rechercher une démarche</source>
        <translation>Een aanvraag zoeken</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : voici la dernière liste connue.</source>
        <translation>De Stad antwoordt niet: dit is de laatst gekende lijst.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Aucune démarche ne correspond.</source>
        <translation>Geen enkele aanvraag komt overeen.</translation>
    </message>
    <message>
        <source>À partir de %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Prix selon le motif</source>
        <translation>Prijs volgens de reden</translation>
    </message>
    <message>
        <source>Document à télécharger</source>
        <translation>Te downloaden document</translation>
    </message>
    <message>
        <source>Lien vers un autre site</source>
        <translation>Link naar een andere website</translation>
    </message>
</context>
<context>
    <name>CitizenHomePage</name>
    <message>
        <source>Votre e-Guichet</source>
        <translation>Uw e-Loket</translation>
    </message>
    <message>
        <source>Choisissez : Démarches, Mes demandes, Mon profil ou Aide.</source>
        <translation>Kies: Procedures, Mijn aanvragen, Mijn profiel of Hulp.</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Goeiedag %1</translation>
    </message>
    <message>
        <source>Bonjour</source>
        <translation>Goeiedag</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Demander un certificat, un acte, un document</source>
        <translation>Een attest, een akte, een document aanvragen</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <source>Suivre vos demandes et leurs documents</source>
        <translation>Uw dossiers en hun documenten opvolgen</translation>
    </message>
    <message>
        <source>Mon profil</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <source>Vos coordonnées, qui pré-remplissent les formulaires</source>
        <translation>Uw gegevens, die de formulieren vooraf invullen</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Les réponses aux questions fréquentes</source>
        <translation>De antwoorden op veelgestelde vragen</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Termine la session et efface les données de cet appareil</source>
        <translation>Beëindigt de sessie en wist de gegevens van dit toestel</translation>
    </message>
    <message>
        <source>Paiement en cours</source>
        <translation>Betaling bezig</translation>
    </message>
    <message>
        <source>À payer : %1</source>
        <translation>Te betalen: %1</translation>
    </message>
    <message>
        <source>Votre paiement</source>
        <translation>Uw betaling</translation>
    </message>
    <message>
        <source>Payer vos demandes</source>
        <translation>Uw aanvragen betalen</translation>
    </message>
</context>
<context>
    <name>CitySetup</name>
    <message>
        <source>Cette ville n&apos;est pas dans la liste.</source>
        <translation>Deze stad staat niet in de lijst.</translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https:// (par exemple https://eguichet.ville.be/v1).</source>
        <translation>Het adres moet beginnen met https:// (bijvoorbeeld https://eguichet.ville.be/v1).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la ville.</source>
        <translation>Vul de naam van de stad in.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le choix dans %1.</source>
        <translation>De keuze kon niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Demande envoyée</source>
        <translation>Aanvraag verzonden</translation>
    </message>
    <message>
        <source>Merci, votre demande a bien été reçue par la Ville.</source>
        <translation>Bedankt, uw aanvraag werd goed ontvangen door de Stad.</translation>
    </message>
    <message>
        <source>Numéro de votre demande : %1</source>
        <translation>Nummer van uw aanvraag: %1</translation>
    </message>
    <message>
        <source>Le numéro de votre demande apparaîtra dans « Mes demandes ».</source>
        <translation>Het nummer van uw aanvraag verschijnt in „Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».</source>
        <translation>U ontvangt bij elke stap een e-mail. U kunt de aanvraag opvolgen en de documenten terugvinden in „Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.</source>
        <translation>Deze dienst is betalend: %1. De Stad behandelt uw aanvraag zodra de betaling ontvangen is.</translation>
    </message>
    <message>
        <source>Payer maintenant (%1 avec vos autres demandes)</source>
        <translation>Nu betalen (%1 met uw andere aanvragen)</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Nu betalen</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Ontvangstbewijs afdrukken</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Ontvangstbewijs opslaan (pdf)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Le serveur de la Ville répond.</source>
        <translation>De server van de Stad antwoordt.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>L&apos;état du lecteur de carte, de la carte et de la connexion à la Ville.</source>
        <translation>De toestand van de kaartlezer, de kaart en de verbinding met de Stad.</translation>
    </message>
    <message>
        <source>Lecteurs de carte</source>
        <translation>Kaartlezers</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.</source>
        <translation>Geen kaartlezer gevonden. Sluit de lezer aan en controleer of de dienst pcscd werkt.</translation>
    </message>
    <message>
        <source>Carte : %1</source>
        <translation>Kaart: %1</translation>
    </message>
    <message>
        <source>service de carte indisponible</source>
        <translation>kaartdienst niet beschikbaar</translation>
    </message>
    <message>
        <source>pas de lecteur</source>
        <translation>geen lezer</translation>
    </message>
    <message>
        <source>aucune carte insérée</source>
        <translation>geen kaart ingestoken</translation>
    </message>
    <message>
        <source>lecture en cours</source>
        <translation>bezig met lezen</translation>
    </message>
    <message>
        <source>lue et vérifiée</source>
        <translation>gelezen en gecontroleerd</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Serveur de la Ville</source>
        <translation>Server van de Stad</translation>
    </message>
    <message>
        <source>Aucune adresse de serveur configurée.</source>
        <translation>Geen serveradres ingesteld.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Controle…</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>e-Guichet %1, Qt %2, mode %3</source>
        <translation>e-Guichet %1, Qt %2, modus %3</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à l&apos;administration communale.</source>
        <translation>Dit document kan niet gelezen worden. Open het opnieuw of wend u tot het gemeentebestuur.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré dans %1.</source>
        <translation>Het bestand kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Aucune application ne peut ouvrir ce document sur cet ordinateur.</source>
        <translation>Geen enkele toepassing kan dit document openen op deze computer.</translation>
    </message>
    <message>
        <source>Le document s&apos;ouvre dans votre lecteur de PDF.</source>
        <translation>Het document wordt geopend in uw pdf-lezer.</translation>
    </message>
    <message>
        <source>Aucune demande n&apos;a été envoyée : il n&apos;y a pas de reçu.</source>
        <translation>Er is geen aanvraag verstuurd: er is geen ontvangstbewijs.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Ontvangstbewijs opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewerPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page %1 sur %2. Touches Page suivante et Page précédente pour changer de page, plus et moins pour le zoom.</source>
        <translation>Pagina %1 van %2. Toetsen Page Down en Page Up om van pagina te wisselen, plus en min om te zoomen.</translation>
    </message>
    <message>
        <source>Aucun document ouvert.</source>
        <translation>Geen document geopend.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Dit document kan niet worden weergegeven.</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Vorige pagina</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Volgende pagina ›</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Verkleinen</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Vergroten</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Volledige breedte</translation>
    </message>
    <message>
        <source>%1, page %2 sur %3</source>
        <translation>%1, pagina %2 van %3</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Ouvrir avec une autre application</source>
        <translation>Openen met een andere toepassing</translation>
    </message>
</context>
<context>
    <name>EidConsentPage</name>
    <message>
        <source>Votre carte et votre compte</source>
        <translation>Uw kaart en uw account</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.</source>
        <translation>U meldt zich voor het eerst aan met uw kaart: er wordt een e-Loket-account op uw naam aangemaakt.</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.</source>
        <translation>U meldt zich voor het eerst aan met uw kaart: ze wordt gekoppeld aan uw bestaande e-Loket-account.</translation>
    </message>
    <message>
        <source>Pour vous connecter avec votre carte, l&apos;e-Guichet envoie à la Ville de %1 des données de votre carte.</source>
        <translation>Om u aan te melden met uw kaart, stuurt het e-Loket gegevens van uw kaart naar de stad %1.</translation>
    </message>
    <message>
        <source>Données lues sur votre carte et envoyées à la Ville :</source>
        <translation>Gegevens die van uw kaart worden gelezen en naar de stad gestuurd:</translation>
    </message>
    <message>
        <source>Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe.</source>
        <translation>Identiteit: naam, voornamen, rijksregisternummer, geboortedatum en -plaats, nationaliteit, geslacht.</translation>
    </message>
    <message>
        <source>Adresse : rue et numéro, code postal, commune.</source>
        <translation>Adres: straat en nummer, postcode, gemeente.</translation>
    </message>
    <message>
        <source>Le certificat de votre carte qui prouve que c&apos;est bien vous, et la signature du Registre national sur ces données.</source>
        <translation>Het certificaat van uw kaart dat bewijst dat u het bent, en de handtekening van het Rijksregister op deze gegevens.</translation>
    </message>
    <message>
        <source>Votre photo n&apos;est ni envoyée ni conservée.</source>
        <translation>Uw foto wordt niet verstuurd en niet bewaard.</translation>
    </message>
    <message>
        <source>Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l&apos;e-Guichet.</source>
        <translation>Waarom: om u veilig te identificeren, uw aanvragen aan uw account te koppelen en uw formulieren vooraf in te vullen. Deze gegevens komen uit het Rijksregister: ze kunnen niet in het e-Loket worden gewijzigd.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.</source>
        <translation>Als u weigert, wordt er geen account aangemaakt en wordt er niets bewaard. Na uw sessie blijft er niets persoonlijks op dit toestel.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.</source>
        <translation>Als u weigert, wordt er geen account aangemaakt en wordt er niets bewaard. U kunt zich ook aanmelden met een e-mailadres.</translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation>Bezig met aanmelden</translation>
    </message>
    <message>
        <source>J&apos;accepte</source>
        <translation>Ik ga akkoord</translation>
    </message>
    <message>
        <source>Envoie ces données à la Ville et ouvre votre compte</source>
        <translation>Stuurt deze gegevens naar de stad en opent uw account</translation>
    </message>
    <message>
        <source>Je refuse</source>
        <translation>Ik weiger</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est créé, rien n&apos;est conservé</source>
        <translation>Er wordt geen account aangemaakt, er wordt niets bewaard</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Opnieuw beginnen</translation>
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
    <name>FirstRunPage</name>
    <message>
        <source>Choisissez votre ville</source>
        <translation>Kies uw stad</translation>
    </message>
    <message>
        <source>Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.</source>
        <translation>Met welke stad wilt u uw aanvragen doen? Deze keuze wordt onthouden voor de volgende keren.</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Stad %1</translation>
    </message>
    <message>
        <source>La liste des villes n&apos;a pas pu être vérifiée : indiquez l&apos;adresse de l&apos;e-Guichet de votre ville.</source>
        <translation>De lijst met steden kon niet worden geverifieerd: vul het adres van het e-loket van uw stad in.</translation>
    </message>
    <message>
        <source>Votre ville n&apos;est pas dans la liste ? Indiquez l&apos;adresse que la Ville vous a communiquée.</source>
        <translation>Staat uw stad niet in de lijst? Vul het adres in dat de Stad u heeft gegeven.</translation>
    </message>
    <message>
        <source>Nom de la ville</source>
        <translation>Naam van de stad</translation>
    </message>
    <message>
        <source>Adresse de l&apos;e-Guichet (https://…)</source>
        <translation>Adres van het e-loket (https://…)</translation>
    </message>
    <message>
        <source>Utiliser cette adresse</source>
        <translation>Dit adres gebruiken</translation>
    </message>
</context>
<context>
    <name>FormFieldDelegate</name>
    <message>
        <source>(obligatoire)</source>
        <translation>(verplicht)</translation>
    </message>
    <message>
        <source>Pré-rempli : %1</source>
        <translation>Vooraf ingevuld: %1</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <source>Date au format jour/mois/année</source>
        <translation>Datum in het formaat dag/maand/jaar</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Een bestand kiezen</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documenten (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être joint à la borne : demandez à un agent de l&apos;accueil, ou faites la demande depuis chez vous.</source>
        <translation>Dit document kan niet aan de zuil worden toegevoegd: vraag het aan een medewerker van het onthaal, of doe de aanvraag van thuis uit.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
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
    <name>FormPage</name>
    <message>
        <source>Formulaire</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Chargement du formulaire…</source>
        <translation>Formulier wordt geladen…</translation>
    </message>
    <message>
        <source>Aucun formulaire ouvert.</source>
        <translation>Geen formulier geopend.</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : ce formulaire est la dernière version connue.</source>
        <translation>De Stad antwoordt niet: dit formulier is de laatst gekende versie.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2 : %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) à corriger sur cette page :</source>
        <translation>
            <numerusform>%n probleem te verbeteren op deze pagina:</numerusform>
            <numerusform>%n problemen te verbeteren op deze pagina:</numerusform>
        </translation>
    </message>
    <message>
        <source>Aller au champ</source>
        <translation>Naar het veld</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Mijn aanvraag nakijken</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon du %1.</source>
        <translation>We hebben uw concept van %1 hernomen.</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon.</source>
        <translation>We hebben uw concept hernomen.</translation>
    </message>
    <message>
        <source>Recommencer avec un formulaire vide</source>
        <translation>Opnieuw beginnen met een leeg formulier</translation>
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
    <name>KioskKeyboard</name>
    <message>
        <source>Masquer le clavier</source>
        <translation>Toetsenbord verbergen</translation>
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
    <name>LoginPage</name>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Aanmelden met een gebruikersnaam</translation>
    </message>
    <message>
        <source>Saisissez votre adresse e-mail et votre mot de passe.</source>
        <translation>Vul uw e-mailadres en uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Mot de passe oublié ?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Retenir mon adresse e-mail sur cet ordinateur</source>
        <translation>Mijn e-mailadres op deze computer onthouden</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n s.</source>
        <translation>
            <numerusform>Te veel pogingen: probeer opnieuw over %n s.</numerusform>
            <numerusform>Te veel pogingen: probeer opnieuw over %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Pas encore de compte ? Inscrivez-vous</source>
        <translation>Nog geen account? Registreer u</translation>
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
    <message>
        <source>Reprenez votre carte d&apos;identité.</source>
        <translation>Neem uw identiteitskaart terug.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Mes demandes</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <source>Choisissez une demande pour voir son historique.</source>
        <translation>Kies een dossier om de geschiedenis te zien.</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Terminées</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande en cours.</source>
        <translation>U hebt geen lopende dossiers.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande terminée.</source>
        <translation>U hebt geen afgeronde dossiers.</translation>
    </message>
    <message>
        <source>N° %1 · envoyée le %2</source>
        <translation>Nr. %1 · verzonden op %2</translation>
    </message>
    <message>
        <source>à payer : %1</source>
        <translation>te betalen: %1</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>Hors service</source>
        <translation>Buiten dienst</translation>
    </message>
    <message>
        <source>Ce poste est hors service. Adressez-vous à l&apos;accueil.</source>
        <translation>Deze terminal is buiten dienst. Wend u tot het onthaal.</translation>
    </message>
    <message>
        <source>Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.</source>
        <translation>Voor het personeel: de configuratie van deze terminal is onvolledig. Verbeter ze en start de terminal daarna opnieuw.</translation>
    </message>
    <message>
        <source>Vérification : eguichet --check-config ; détail : eguichet --print-config</source>
        <translation>Controle: eguichet --check-config; details: eguichet --print-config</translation>
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
    <name>PasswordResetPage</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Wachtwoord vergeten</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.</source>
        <translation>Geef het e-mailadres van uw account op: de Stad stuurt u een link om een nieuw wachtwoord te kiezen.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Envoyer le lien</source>
        <translation>Link versturen</translation>
    </message>
</context>
<context>
    <name>PaymentBasketPage</name>
    <message>
        <source>À payer</source>
        <translation>Te betalen</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez rien à payer pour le moment.</source>
        <translation>U hoeft momenteel niets te betalen.</translation>
    </message>
    <message>
        <source>Demande %1, %2 : %3</source>
        <translation>Aanvraag %1, %2: %3</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.</source>
        <translation>Er loopt al een betaling. Betaal geen tweede keer: volg ze hier op.</translation>
    </message>
    <message>
        <source>Voir le paiement en cours</source>
        <translation>Lopende betaling bekijken</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betalen</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Opnieuw proberen</translation>
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
        <translation>Betaling ontvangen. Dank u!</translation>
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
        <source>Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la connexion et réessayez.</source>
        <translation>De te betalen bedragen kunnen nu niet worden gelezen. Controleer de verbinding en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir ce qu&apos;il reste à payer.</source>
        <translation>Meld u aan om te zien wat u nog moet betalen.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus. Réessayez plus tard.</source>
        <translation>De te betalen bedragen kunnen niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Ontvangstbewijs opgeslagen: %1</translation>
    </message>
    <message>
        <source>Le reçu n&apos;a pas pu être enregistré dans %1. Choisissez un autre emplacement.</source>
        <translation>Het betalingsbewijs kon niet worden opgeslagen in %1. Kies een andere plaats.</translation>
    </message>
    <message>
        <source>recu-paiement</source>
        <translation>betalingsbewijs</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Stad %1</translation>
    </message>
</context>
<context>
    <name>PaymentMethodPage</name>
    <message>
        <source>Moyen de paiement</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <source>Choisissez comment payer %1.</source>
        <translation>Kies hoe u %1 betaalt.</translation>
    </message>
    <message>
        <source>Carte bancaire sur le terminal</source>
        <translation>Bankkaart op de betaalterminal</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Bankkaart</translation>
    </message>
    <message>
        <source>Code QR avec votre smartphone</source>
        <translation>QR-code met uw smartphone</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Overschrijving</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l&apos;écran : suivez ses instructions.</source>
        <translation>Bancontact/Maestro, Visa of Mastercard, op de betaalterminal naast het scherm: volg de instructies ervan.</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s&apos;ouvre dans votre navigateur.</source>
        <translation>Bancontact/Maestro, Visa of Mastercard, op de beveiligde pagina van de betaaldienst, die in uw browser opent.</translation>
    </message>
    <message>
        <source>Scannez le code avec l&apos;application de votre banque ou l&apos;appareil photo de votre smartphone, puis payez sur votre téléphone.</source>
        <translation>Scan de code met de app van uw bank of de camera van uw smartphone en betaal dan op uw telefoon.</translation>
    </message>
    <message>
        <source>Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.</source>
        <translation>Met de gestructureerde mededeling. Een overschrijving duurt enkele dagen: de aanvraag wordt behandeld zodra ze ontvangen is.</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Te betalen bedrag: %1</translation>
    </message>
    <message>
        <source>Vous ne tapez jamais votre numéro de carte dans l&apos;e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.</source>
        <translation>U typt nooit uw kaartnummer in het e-Loket: de betaling gebeurt bij de betaaldienst van de Stad.</translation>
    </message>
</context>
<context>
    <name>PaymentResultPage</name>
    <message>
        <source>Paiement</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Paiement reçu</source>
        <translation>Betaling ontvangen</translation>
    </message>
    <message>
        <source>Paiement refusé</source>
        <translation>Betaling geweigerd</translation>
    </message>
    <message>
        <source>Paiement annulé</source>
        <translation>Betaling geannuleerd</translation>
    </message>
    <message>
        <source>Délai de paiement dépassé</source>
        <translation>Betalingstermijn verstreken</translation>
    </message>
    <message>
        <source>Paiement non créé</source>
        <translation>Betaling niet aangemaakt</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».</source>
        <translation>De Stad behandelt nu uw aanvraag. U krijgt bij elke stap een e-mail; volg ze op in “Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».</source>
        <translation>U kunt het opnieuw proberen met een andere kaart of betalen met een overschrijving. Uw aanvraag wacht op u in “Te betalen”.</translation>
    </message>
    <message>
        <source>Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».</source>
        <translation>U kunt nu of later betalen: uw aanvraag wacht op u in “Te betalen”.</translation>
    </message>
    <message>
        <source>Il n&apos;y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.</source>
        <translation>Misschien moet er niets meer betaald worden. Kijk bij “Te betalen” of probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Ontvangstbewijs afdrukken</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Ontvangstbewijs opslaan (pdf)</translation>
    </message>
    <message>
        <source>Dans votre dossier Documents</source>
        <translation>In uw map Documenten</translation>
    </message>
    <message>
        <source>Choisir où enregistrer le reçu…</source>
        <translation>Kiezen waar het betalingsbewijs wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Nu betalen</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Enregistrer le reçu</source>
        <translation>Betalingsbewijs opslaan</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentTransferPage</name>
    <message>
        <source>Payer par virement</source>
        <translation>Betalen met een overschrijving</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Ou scannez ce code avec l&apos;application de votre banque : tout est rempli, communication comprise.</source>
        <translation>Of scan deze code met de app van uw bank: alles is ingevuld, ook de mededeling.</translation>
    </message>
    <message>
        <source>Code QR du virement (EPC)</source>
        <translation>QR-code van de overschrijving (EPC)</translation>
    </message>
    <message>
        <source>Un virement prend quelques jours. Indiquez bien la communication structurée : c&apos;est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l&apos;aura reçu.</source>
        <translation>Een overschrijving duurt enkele dagen. Vermeld zeker de gestructureerde mededeling: die koppelt uw betaling aan uw aanvraag. U krijgt een e-mail zodra de Stad ze ontvangen heeft.</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentWaitingPage</name>
    <message>
        <source>Paiement en cours</source>
        <translation>Betaling bezig</translation>
    </message>
    <message>
        <source>Montant : %1</source>
        <translation>Bedrag: %1</translation>
    </message>
    <message>
        <source>Code QR de paiement</source>
        <translation>Betaal-QR-code</translation>
    </message>
    <message>
        <source>La page de paiement s&apos;est ouverte dans votre navigateur. Après le paiement, revenez ici : l&apos;e-Guichet suit le paiement auprès de la Ville.</source>
        <translation>De betaalpagina is in uw browser geopend. Kom na de betaling hier terug: het e-Loket volgt de betaling op bij de Stad.</translation>
    </message>
    <message>
        <source>Gardez cet écran ouvert pendant le paiement sur votre téléphone.</source>
        <translation>Laat dit scherm open terwijl u op uw telefoon betaalt.</translation>
    </message>
    <message>
        <source>Le terminal de paiement se trouve à côté de l&apos;écran. Votre carte n&apos;est jamais lue par l&apos;e-Guichet.</source>
        <translation>De betaalterminal staat naast het scherm. Uw kaart wordt nooit door het e-Guichet gelezen.</translation>
    </message>
    <message>
        <source>Rouvrir la page de paiement</source>
        <translation>Betaalpagina opnieuw openen</translation>
    </message>
    <message>
        <source>Si vous avez fermé le navigateur avant de payer</source>
        <translation>Als u de browser hebt gesloten vóór het betalen</translation>
    </message>
    <message>
        <source>Annuler le paiement</source>
        <translation>Betaling annuleren</translation>
    </message>
    <message>
        <source>Arrête le terminal de paiement ; rien n&apos;est débité.</source>
        <translation>Stopt de betaalterminal; er wordt niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Le paiement continue d&apos;être suivi ; son état reste visible sur l&apos;accueil.</source>
        <translation>De betaling wordt verder opgevolgd; de status blijft zichtbaar op de startpagina.</translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <source>Code PIN de votre carte</source>
        <translation>Pincode van uw kaart</translation>
    </message>
    <message>
        <source>Tapez votre code PIN sur le clavier du lecteur de carte.</source>
        <translation>Typ uw pincode op het toetsenbord van de kaartlezer.</translation>
    </message>
    <message>
        <source>Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».</source>
        <translation>Typ uw pincode (4 tot 12 cijfers) en druk op “Bevestigen”.</translation>
    </message>
    <message>
        <source>Connexion en cours. Laissez la carte dans le lecteur.</source>
        <translation>Bezig met aanmelden. Laat de kaart in de lezer.</translation>
    </message>
    <message>
        <source>La connexion avec votre carte n&apos;a pas abouti.</source>
        <translation>Aanmelden met uw kaart is niet gelukt.</translation>
    </message>
    <message>
        <source>Essais restants : %1</source>
        <translation>Resterende pogingen: %1</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>Pincode</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n cijfer getypt</numerusform>
            <numerusform>%n cijfers getypt</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Eén cijfer wissen</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Présentez-vous à l&apos;administration communale avec votre carte d&apos;identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l&apos;avez encore.</source>
        <translation>Ga met uw identiteitskaart naar het gemeentebestuur: u krijgt er een nieuwe pincode. Bewaar de brief met uw pin- en pukcode als u die nog hebt.</translation>
    </message>
    <message>
        <source>En attendant, le personnel du guichet peut vous aider.</source>
        <translation>Intussen kan het loketpersoneel u helpen.</translation>
    </message>
    <message>
        <source>En attendant, vous pouvez vous connecter avec une adresse e-mail.</source>
        <translation>Intussen kunt u zich aanmelden met een e-mailadres.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Demande à nouveau le code PIN</source>
        <translation>Vraagt opnieuw de pincode</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Se connecter avec une adresse e-mail</source>
        <translation>Aanmelden met een e-mailadres</translation>
    </message>
</context>
<context>
    <name>PrintMessages</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Le document est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Het document is afgedrukt. Neem het aan de printer.</translation>
    </message>
    <message>
        <source>Votre reçu est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Uw ontvangstbewijs is afgedrukt. Neem het aan de printer.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est disponible.</source>
        <translation>Er is geen printer beschikbaar.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : rien n&apos;a été imprimé.</source>
        <translation>De printer heeft geen papier meer: er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée : rien n&apos;a été imprimé.</source>
        <translation>De printer staat stil: er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>L&apos;imprimante refuse les impressions pour le moment : rien n&apos;a été imprimé.</source>
        <translation>De printer weigert momenteel afdrukopdrachten: er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>L&apos;impression a échoué.</source>
        <translation>Het afdrukken is mislukt.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas terminé l&apos;impression à temps : elle a été annulée.</source>
        <translation>De printer heeft het afdrukken niet op tijd voltooid: de opdracht is geannuleerd.</translation>
    </message>
    <message>
        <source>Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans « Mes demandes ».</source>
        <translation>Uw aanvraag is wel geregistreerd: probeer het opnieuw, of vind het ontvangstbewijs terug in “Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>Votre paiement est bien enregistré : réessayez, demandez le reçu à l&apos;accueil ou retrouvez-le dans « Mes demandes ».</source>
        <translation>Uw betaling is wel geregistreerd: probeer het opnieuw, vraag het betalingsbewijs aan het onthaal of vind het terug in “Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>Le document reste disponible : réessayez, ou retrouvez-le dans « Mes demandes » ou à l&apos;accueil.</source>
        <translation>Het document blijft beschikbaar: probeer het opnieuw, of vind het terug in “Mijn aanvragen” of aan het onthaal.</translation>
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
    <name>ProfilePage</name>
    <message>
        <source>Mon profil</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <source>Vos coordonnées pré-remplissent les formulaires.</source>
        <translation>Uw gegevens vullen de formulieren vooraf in.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir votre profil.</source>
        <translation>Meld u aan om uw profiel te zien.</translation>
    </message>
    <message>
        <source>Modifier mes données</source>
        <translation>Mijn gegevens wijzigen</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Modifier votre adresse ici ne remplace pas la déclaration de changement d&apos;adresse à la commune.</source>
        <translation>Uw adres hier wijzigen vervangt de adreswijziging bij de gemeente niet.</translation>
    </message>
    <message>
        <source>Adresse e-mail de connexion : %1</source>
        <translation>E-mailadres om aan te melden: %1</translation>
    </message>
    <message>
        <source>Modifier l&apos;adresse e-mail</source>
        <translation>E-mailadres wijzigen</translation>
    </message>
    <message>
        <source>Nouvelle adresse e-mail</source>
        <translation>Nieuw e-mailadres</translation>
    </message>
    <message>
        <source>Envoyer le lien de confirmation</source>
        <translation>Bevestigingslink versturen</translation>
    </message>
    <message>
        <source>Votre mot de passe actuel</source>
        <translation>Uw huidige wachtwoord</translation>
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
        <translation>Overschrijving</translation>
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
        <translation>Betaalwijze</translation>
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
    <name>RegisterPage</name>
    <message>
        <source>Créer un compte</source>
        <translation>Een account aanmaken</translation>
    </message>
    <message>
        <source>Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d&apos;activation.</source>
        <translation>Kies uw e-mailadres en een wachtwoord. De Stad stuurt u daarna een activeringsmail.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Règles du mot de passe</source>
        <translation>Regels voor het wachtwoord</translation>
    </message>
    <message>
        <source>Respectée : </source>
        <translation>Voldaan: </translation>
    </message>
    <message>
        <source>Pas encore respectée : </source>
        <translation>Nog niet voldaan: </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe</source>
        <translation>Bevestig het wachtwoord</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>De twee wachtwoorden zijn verschillend.</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Mijn account aanmaken</translation>
    </message>
    <message>
        <source>Renvoyer l&apos;e-mail d&apos;activation</source>
        <translation>Activeringsmail opnieuw versturen</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1 par %2. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Er werd een activeringsmail naar %1 verzonden door %2. Open de link erin en meld u daarna aan. Vindt u hem niet? Kijk dan in de map met ongewenste e-mail (spam).</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Er werd een activeringsmail naar %1 verzonden. Open de link erin en meld u daarna aan. Vindt u hem niet? Kijk dan in de map met ongewenste e-mail (spam).</translation>
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
    <message>
        <source>Votre demande n&apos;a pas encore pu être envoyée à la Ville. Elle reste enregistrée ici pour votre compte seulement et sera envoyée lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Uw aanvraag kon nog niet naar de Stad worden verzonden. Ze blijft hier bewaard, alleen voor uw account, en wordt verzonden wanneer u zich de volgende keer op dit toestel aanmeldt.</translation>
    </message>
    <message>
        <source>Vos %1 demandes n&apos;ont pas encore pu être envoyées à la Ville. Elles restent enregistrées ici pour votre compte seulement et seront envoyées lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Uw %1 aanvragen konden nog niet naar de Stad worden verzonden. Ze blijven hier bewaard, alleen voor uw account, en worden verzonden wanneer u zich de volgende keer op dit toestel aanmeldt.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Demande %1</source>
        <translation>Aanvraag %1</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Aucun historique à afficher.</source>
        <translation>Geen geschiedenis om te tonen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>%1 openen</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Téléchargement…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert sur cet appareil.</source>
        <translation>Het document kon op dit toestel niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>RequestReceipt</name>
    <message>
        <source>Ville de %1</source>
        <translation>Stad %1</translation>
    </message>
    <message>
        <source>Accusé de réception de votre demande</source>
        <translation>Ontvangstbewijs van uw aanvraag</translation>
    </message>
    <message>
        <source>Démarche : %1</source>
        <translation>Aanvraag: %1</translation>
    </message>
    <message>
        <source>Numéro de la demande : %1</source>
        <translation>Nummer van de aanvraag: %1</translation>
    </message>
    <message>
        <source>Reçue le : %1</source>
        <translation>Ontvangen op: %1</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Te betalen bedrag: %1</translation>
    </message>
    <message>
        <source>La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer dans « Mes demandes ».</source>
        <translation>De Stad behandelt uw aanvraag zodra de betaling ontvangen is. U kunt betalen in „Mijn aanvragen”.</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande.</source>
        <translation>De Stad behandelt nu uw aanvraag.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses documents dans « Mes demandes » de l&apos;e-Guichet, avec ce numéro.</source>
        <translation>U ontvangt bij elke stap een e-mail. Volg uw aanvraag en vind de documenten ervan in „Mijn aanvragen” van het e-Loket, met dit nummer.</translation>
    </message>
    <message>
        <source>Ce reçu ne contient aucune donnée de votre carte d&apos;identité.</source>
        <translation>Dit ontvangstbewijs bevat geen gegevens van uw identiteitskaart.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Mijn aanvraag nakijken</translation>
    </message>
    <message>
        <source>Relisez votre demande, acceptez l&apos;utilisation de vos données puis envoyez-la.</source>
        <translation>Lees uw aanvraag na, aanvaard het gebruik van uw gegevens en verzend ze.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Les données marquées « carte d&apos;identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>De gegevens gemarkeerd met „identiteitskaart” (naam, voornamen, rijksregisternummer, geboortedatum, adres) werden van uw kaart gelezen en gecontroleerd. Ze dienen alleen om deze aanvraag te behandelen door het bestuur van de Stad %1 en worden aan niemand anders doorgegeven.</translation>
    </message>
    <message>
        <source>Les données de cette demande servent uniquement à la traiter par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>De gegevens van deze aanvraag dienen alleen om ze te behandelen door het bestuur van de Stad %1 en worden aan niemand anders doorgegeven.</translation>
    </message>
    <message>
        <source>J&apos;accepte que ces données soient utilisées pour traiter ma demande</source>
        <translation>Ik aanvaard dat deze gegevens worden gebruikt om mijn aanvraag te behandelen</translation>
    </message>
    <message>
        <source>Envoi en cours…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Envoyer la demande</source>
        <translation>Aanvraag verzenden</translation>
    </message>
    <message>
        <source>Montant à payer à la Ville : %1</source>
        <translation>Aan de Stad te betalen bedrag: %1</translation>
    </message>
    <message>
        <source>Cette démarche est gratuite.</source>
        <translation>Deze aanvraag is gratis.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Démarche</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;est pas disponible.</source>
        <translation>Deze aanvraag is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>%1, plus selon le motif et le nombre d&apos;exemplaires</source>
        <translation>%1, plus volgens de reden en het aantal exemplaren</translation>
    </message>
    <message>
        <source>Gratuit ou selon le motif : le montant exact s&apos;affiche avant l&apos;envoi</source>
        <translation>Gratis of volgens de reden: het juiste bedrag wordt vóór het verzenden getoond</translation>
    </message>
    <message>
        <source>Ce qu&apos;il vous faut</source>
        <translation>Wat u nodig hebt</translation>
    </message>
    <message>
        <source>Votre carte d&apos;identité et son code PIN</source>
        <translation>Uw identiteitskaart en de pincode</translation>
    </message>
    <message>
        <source>Rien : accessible à tous</source>
        <translation>Niets: voor iedereen toegankelijk</translation>
    </message>
    <message>
        <source>Un compte (adresse e-mail et mot de passe) ou votre carte d&apos;identité</source>
        <translation>Een account (e-mailadres en wachtwoord) of uw identiteitskaart</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Par la poste ou à retirer à l&apos;administration ; le document signé apparaît aussi dans « Mes demandes »</source>
        <translation>Per post of af te halen bij het bestuur; het ondertekende document verschijnt ook in „Mijn aanvragen”</translation>
    </message>
    <message>
        <source>Tout de suite, sur cet appareil</source>
        <translation>Meteen, op dit toestel</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Par un agent de la Ville, qui recherche l&apos;acte dans les archives : comptez quelques jours</source>
        <translation>Door een medewerker van de Stad, die de akte in het archief opzoekt: reken op enkele dagen</translation>
    </message>
    <message>
        <source>Tout de suite, automatiquement</source>
        <translation>Meteen, automatisch</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec la carte d&apos;identité.</source>
        <translation>Voor deze aanvraag moet u inloggen met de identiteitskaart.</translation>
    </message>
    <message>
        <source>Commencer la démarche</source>
        <translation>Aanvraag starten</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>e-Guichet</source>
        <translation>e-Guichet</translation>
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
    <name>TerminalMessages</name>
    <message>
        <source>Tapez votre code secret sur le terminal de paiement.</source>
        <translation>Typ uw pincode op de betaalterminal.</translation>
    </message>
    <message>
        <source>Autorisation en cours… Ne retirez pas votre carte.</source>
        <translation>Bezig met autoriseren… Neem uw kaart niet weg.</translation>
    </message>
    <message>
        <source>Présentez ou insérez votre carte dans le terminal de paiement.</source>
        <translation>Houd uw kaart tegen de betaalterminal of steek ze erin.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. La Ville ne répond pas pour le moment : nous réessayons. Ne payez pas une seconde fois.</source>
        <translation>Betaling aanvaard door de terminal. De Stad antwoordt momenteel niet: we proberen opnieuw. Betaal geen tweede keer.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. Enregistrement auprès de la Ville…</source>
        <translation>Betaling aanvaard door de terminal. Registratie bij de Stad…</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès du terminal…</source>
        <translation>We controleren uw betaling bij de terminal…</translation>
    </message>
    <message>
        <source>Le terminal n&apos;a pas confirmé le résultat du paiement. Ne payez pas une seconde fois : un agent vérifiera le journal du terminal.</source>
        <translation>De terminal heeft het resultaat van de betaling niet bevestigd. Betaal geen tweede keer: een medewerker controleert het logboek van de terminal.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Betaling ontvangen. Dank u!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé. Rien n&apos;a été débité.</source>
        <translation>De betaling werd geweigerd. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>De betaling werd geannuleerd. Er werd niets gedebiteerd.</translation>
    </message>
    <message>
        <source>Votre carte a été débitée, mais la Ville n&apos;a pas pu enregistrer le paiement. Gardez le ticket du terminal et adressez-vous à l&apos;accueil.</source>
        <translation>Uw kaart werd gedebiteerd, maar de Stad kon de betaling niet registreren. Bewaar het ticket van de terminal en ga naar het onthaal.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu commencer. Rien n&apos;a été débité.</source>
        <translation>De betaling kon niet starten. Er werd niets gedebiteerd.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont ensemble : indiquez les deux ou aucun.</source>
        <translation>Het certificaat van het toestel (api/client_cert) en zijn sleutel (api/client_key) horen samen: geef ze allebei of geen van beide op.</translation>
    </message>
    <message>
        <source>Le certificat du poste %1 (api/client_cert) est introuvable ou illisible (PEM attendu).</source>
        <translation>Het certificaat van het toestel %1 (api/client_cert) is niet gevonden of onleesbaar (PEM verwacht).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée PEM attendue).</source>
        <translation>De sleutel van het toestel %1 (api/client_key) is niet gevonden of onleesbaar (PEM-privésleutel verwacht).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est lisible par d&apos;autres utilisateurs. Réservez-la à son propriétaire (chmod 600) puis redémarrez.</source>
        <translation>De sleutel van het toestel %1 (api/client_key) is leesbaar voor andere gebruikers. Beperk hem tot zijn eigenaar (chmod 600) en start opnieuw.</translation>
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
    <message>
        <source>Diagnostic : lecteur, carte et connexion</source>
        <translation>Diagnose: lezer, kaart en verbinding</translation>
    </message>
    <message>
        <source>Une carte est restée dans le lecteur. Retirez-la et, si ce n&apos;est pas la vôtre, remettez-la à l&apos;accueil.</source>
        <translation>Er zit nog een kaart in de lezer. Neem ze eruit en geef ze, als het niet de uwe is, af aan het onthaal.</translation>
    </message>
</context>
</TS>
