<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE" sourcelanguage="fr_BE">
<context>
    <name>AccountController</name>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).</source>
        <translation>If you cannot find it, look in your spam folder (sender: %1).</translation>
    </message>
    <message>
        <source>Le mot de passe ne respecte pas toutes les règles indiquées.</source>
        <translation>The password does not meet all the rules shown.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Cliquez sur le lien qu&apos;il contient dans les %2 heures pour activer votre compte.</source>
        <translation>An activation e-mail has been sent to %1. Click the link it contains within %2 hours to activate your account.</translation>
    </message>
    <message>
        <source>Si un compte en attente d&apos;activation existe pour %1, un nouvel e-mail d&apos;activation vient d&apos;y être envoyé.</source>
        <translation>If an account awaiting activation exists for %1, a new activation e-mail has just been sent there.</translation>
    </message>
    <message>
        <source>Si un compte existe pour %1, un e-mail avec un lien pour choisir un nouveau mot de passe vient d&apos;y être envoyé. Sans e-mail, l&apos;adresse du compte est peut-être erronée : créez alors un nouveau compte.</source>
        <translation>If an account exists for %1, an e-mail with a link to choose a new password has just been sent there. If no e-mail arrives, the account&apos;s address may be wrong: then create a new account.</translation>
    </message>
    <message>
        <source>Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse deviendra votre identifiant dès que vous aurez cliqué sur le lien.</source>
        <translation>A confirmation e-mail has been sent to %1. Your new address becomes your login as soon as you have clicked the link.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams.</source>
        <translation>If you cannot find it, look in your spam folder.</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Fermer la borne</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Code administrateur</source>
        <translation>Administrator code</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Incorrect code.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>Incorrect e-mail address or password.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;est pas encore activé. Cliquez sur le lien reçu par e-mail (pensez à vérifier vos spams).</source>
        <translation>Your account is not activated yet. Click the link you received by e-mail (remember to check your spam folder).</translation>
    </message>
    <message>
        <source>Un compte existe déjà avec cette adresse e-mail.</source>
        <translation>An account already exists with this e-mail address.</translation>
    </message>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité et ne peuvent pas être modifiées ici.</source>
        <translation>This information comes from your identity card and cannot be changed here.</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec votre carte d&apos;identité.</source>
        <translation>This request requires logging in with your identity card.</translation>
    </message>
    <message>
        <source>Vous avez déjà introduit cette demande.</source>
        <translation>You have already submitted this request.</translation>
    </message>
    <message>
        <source>L&apos;application n&apos;est pas configurée pour joindre la Ville. Prévenez un agent.</source>
        <translation>The application is not set up to reach the City. Please tell a member of staff.</translation>
    </message>
    <message>
        <source>Impossible de joindre la Ville. Vérifiez votre connexion à Internet et réessayez.</source>
        <translation>The City cannot be reached. Check your Internet connection and try again.</translation>
    </message>
    <message>
        <source>La Ville met trop de temps à répondre. Réessayez dans quelques instants.</source>
        <translation>The City is taking too long to answer. Try again in a few moments.</translation>
    </message>
    <message>
        <source>La connexion sécurisée avec la Ville n&apos;a pas pu être vérifiée. Pour votre sécurité, rien n&apos;a été envoyé.</source>
        <translation>The secure connection to the City could not be verified. For your safety, nothing was sent.</translation>
    </message>
    <message>
        <source>Le service de la Ville rencontre un problème. Réessayez plus tard.</source>
        <translation>The City&apos;s service has a problem. Try again later.</translation>
    </message>
    <message>
        <source>La réponse de la Ville est illisible. Réessayez plus tard.</source>
        <translation>The City&apos;s answer cannot be read. Try again later.</translation>
    </message>
    <message>
        <source>Votre session a expiré. Veuillez vous reconnecter.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cette démarche.</source>
        <translation>You do not have access to this request.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas ou plus.</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <source>Cette opération est en conflit avec une autre.</source>
        <translation>This operation conflicts with another one.</translation>
    </message>
    <message>
        <source>Les fichiers joints sont trop volumineux.</source>
        <translation>The attached files are too large.</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>This type of file is not accepted.</translation>
    </message>
    <message>
        <source>Certains champs ne sont pas corrects. Vérifiez les messages indiqués.</source>
        <translation>Some fields are not correct. Check the messages shown.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans quelques instants.</source>
        <translation>Too many attempts. Try again in a few moments.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être traitée.</source>
        <translation>The request could not be processed.</translation>
    </message>
    <message>
        <source>L&apos;opération a été annulée.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera demandé à nouveau.</source>
        <translation>The time to log in has run out. Start again: you will be asked for your PIN again.</translation>
    </message>
    <message>
        <source>La Ville n&apos;a pas pu vérifier votre carte d&apos;identité. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>The city could not verify your identity card. Contact your municipality if this happens again.</translation>
    </message>
    <message>
        <source>Cette carte d&apos;identité a été révoquée (perdue, volée ou remplacée) : elle ne permet plus de se connecter. Adressez-vous à votre commune.</source>
        <translation>This identity card has been revoked (lost, stolen or replaced): it can no longer be used to log in. Please contact your municipality.</translation>
    </message>
    <message>
        <source>La Ville ne peut pas vérifier pour l&apos;instant que votre carte d&apos;identité est toujours valable. Réessayez dans quelques minutes.</source>
        <translation>The City cannot check right now that your identity card is still valid. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <source>Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l&apos;ordinateur ou demandez de l&apos;aide au personnel.</source>
        <translation>The card reader service is not working. Restart the computer or ask the staff for help.</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte n&apos;est branché.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>Aucune carte dans le lecteur.</source>
        <translation>No card in the reader.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le lecteur jusqu&apos;à la fin.</source>
        <translation>The card was removed while it was being read. Put it back and leave it in the reader until the end.</translation>
    </message>
    <message>
        <source>Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>The reader is being used by another program. Close it, then try again.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.</source>
        <translation>The card does not respond. Remove it and insert it again, chip first.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas une carte d&apos;identité belge.</source>
        <translation>This card is not a Belgian identity card.</translation>
    </message>
    <message>
        <source>La carte n&apos;a pas pu être lue entièrement : elle est peut-être endommagée. Adressez-vous à votre commune.</source>
        <translation>The card could not be read completely: it may be damaged. Contact your municipality.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Incorrect PIN.</translation>
    </message>
    <message>
        <source>Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code PUK.</source>
        <translation>The PIN is blocked. It can be unblocked at your municipality with the PUK code.</translation>
    </message>
    <message>
        <source>La lecture de la carte a échoué. Retirez la carte et réessayez.</source>
        <translation>Reading the card failed. Remove the card and try again.</translation>
    </message>
    <message>
        <source>Le certificat qui garantit les données de la carte a expiré. Les données ne seront pas utilisées. Adressez-vous à votre commune.</source>
        <translation>The certificate that vouches for the card&apos;s data has expired. The data will not be used. Contact your municipality.</translation>
    </message>
    <message>
        <source>Les données de la carte n&apos;ont pas pu être vérifiées : elles ne seront pas utilisées. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>The card&apos;s data could not be verified: it will not be used. Contact your municipality if this happens again.</translation>
    </message>
    <message>
        <source>Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le sur le clavier du lecteur.</source>
        <translation>The reader waited too long for your PIN. Start again and type it on the reader&apos;s keypad.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>Le code PIN tapé sur le lecteur n&apos;a pas la bonne longueur (4 à 12 chiffres).</source>
        <translation>The PIN typed on the reader does not have the right length (4 to 12 digits).</translation>
    </message>
</context>
<context>
    <name>CardLoginSigner</name>
    <message numerus="yes">
        <source>Code PIN incorrect. Il vous reste %n essai(s).</source>
        <translation>
            <numerusform>Wrong PIN. You have %n try left.</numerusform>
            <numerusform>Wrong PIN. You have %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardReadingPage</name>
    <message>
        <source>Lecture de votre carte</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Lecture en cours. Laissez la carte dans le lecteur.</source>
        <translation>Reading. Leave the card in the reader.</translation>
    </message>
    <message>
        <source>Votre carte a été lue et ses données ont été vérifiées.</source>
        <translation>Your card has been read and its data has been verified.</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Insert your identity card</translation>
    </message>
    <message>
        <source>Progression de la lecture</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <source>Signature de l&apos;identité</source>
        <translation>Identity signature</translation>
    </message>
    <message>
        <source>Signature de l&apos;adresse</source>
        <translation>Address signature</translation>
    </message>
    <message>
        <source>Empreinte de la photo</source>
        <translation>Photo fingerprint</translation>
    </message>
    <message>
        <source>Certificat du Registre national</source>
        <translation>National Register certificate</translation>
    </message>
    <message>
        <source>vérifié</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expiré</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>non valable</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Termine la session et efface les données lues</source>
        <translation>Ends the session and erases the data read</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Vers vos démarches, vos demandes et votre profil</source>
        <translation>To your services, your requests and your profile</translation>
    </message>
    <message>
        <source>Se connecter avec ma carte</source>
        <translation>Log in with my card</translation>
    </message>
    <message>
        <source>Demande le code PIN de votre carte</source>
        <translation>Asks for your card&apos;s PIN</translation>
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
        <translation>Services</translation>
    </message>
    <message>
        <source>Choisissez une catégorie ou cherchez une démarche.</source>
        <translation>Choose a category or search for a service.</translation>
    </message>
    <message>
        <source>Rechercher une démarche</source>
        <translation>Search for a service</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : voici la dernière liste connue.</source>
        <translation>The City is not answering: here is the last known list.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Aucune démarche ne correspond.</source>
        <translation>No service matches.</translation>
    </message>
    <message>
        <source>À partir de %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Prix selon le motif</source>
        <translation>Price depends on the reason</translation>
    </message>
    <message>
        <source>Document à télécharger</source>
        <translation>Document to download</translation>
    </message>
    <message>
        <source>Lien vers un autre site</source>
        <translation>Link to another website</translation>
    </message>
</context>
<context>
    <name>CitizenHomePage</name>
    <message>
        <source>Votre e-Guichet</source>
        <translation>Your e-Guichet</translation>
    </message>
    <message>
        <source>Choisissez : Démarches, Mes demandes, Mon profil ou Aide.</source>
        <translation>Choose: Services, My requests, My profile or Help.</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Bonjour</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Demander un certificat, un acte, un document</source>
        <translation>Ask for a certificate, a record, a document</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Suivre vos demandes et leurs documents</source>
        <translation>Follow your requests and their documents</translation>
    </message>
    <message>
        <source>Mon profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>Vos coordonnées, qui pré-remplissent les formulaires</source>
        <translation>Your details, which pre-fill the forms</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Les réponses aux questions fréquentes</source>
        <translation>Answers to frequently asked questions</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Termine la session et efface les données de cet appareil</source>
        <translation>Ends the session and erases the data from this device</translation>
    </message>
    <message>
        <source>Paiement en cours</source>
        <translation>Payment under way</translation>
    </message>
    <message>
        <source>À payer : %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <source>Votre paiement</source>
        <translation>Your payment</translation>
    </message>
    <message>
        <source>Payer vos demandes</source>
        <translation>Pay for your requests</translation>
    </message>
</context>
<context>
    <name>CitySetup</name>
    <message>
        <source>Cette ville n&apos;est pas dans la liste.</source>
        <translation>This city is not in the list.</translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https:// (par exemple https://eguichet.ville.be/v1).</source>
        <translation>The address must start with https:// (for example https://eguichet.ville.be/v1).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la ville.</source>
        <translation>Enter the name of the city.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le choix dans %1.</source>
        <translation>The choice could not be saved in %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Demande envoyée</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <source>Merci, votre demande a bien été reçue par la Ville.</source>
        <translation>Thank you, the City has received your request.</translation>
    </message>
    <message>
        <source>Numéro de votre demande : %1</source>
        <translation>Your request number: %1</translation>
    </message>
    <message>
        <source>Le numéro de votre demande apparaîtra dans « Mes demandes ».</source>
        <translation>Your request number will appear in “My requests”.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».</source>
        <translation>You will receive an e-mail at each step. You can follow the request and find its documents in “My requests”.</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <source>Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.</source>
        <translation>This service has a fee: %1. The City handles your request once the payment has arrived.</translation>
    </message>
    <message>
        <source>Payer maintenant (%1 avec vos autres demandes)</source>
        <translation>Pay now (%1 with your other requests)</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Pay now</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Save the receipt (PDF)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Le serveur de la Ville répond.</source>
        <translation>The City&apos;s server is answering.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>L&apos;état du lecteur de carte, de la carte et de la connexion à la Ville.</source>
        <translation>The state of the card reader, the card and the connection to the City.</translation>
    </message>
    <message>
        <source>Lecteurs de carte</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.</source>
        <translation>No card reader found. Connect the reader and check that the pcscd service is running.</translation>
    </message>
    <message>
        <source>Carte : %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>service de carte indisponible</source>
        <translation>card service unavailable</translation>
    </message>
    <message>
        <source>pas de lecteur</source>
        <translation>no reader</translation>
    </message>
    <message>
        <source>aucune carte insérée</source>
        <translation>no card inserted</translation>
    </message>
    <message>
        <source>lecture en cours</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>lue et vérifiée</source>
        <translation>read and verified</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Serveur de la Ville</source>
        <translation>City server</translation>
    </message>
    <message>
        <source>Aucune adresse de serveur configurée.</source>
        <translation>No server address configured.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>e-Guichet %1, Qt %2, mode %3</source>
        <translation>e-Guichet %1, Qt %2, mode %3</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à l&apos;administration communale.</source>
        <translation>This document cannot be read. Open it again or contact the municipal administration.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré dans %1.</source>
        <translation>The file could not be saved in %1.</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Aucune application ne peut ouvrir ce document sur cet ordinateur.</source>
        <translation>No application on this computer can open this document.</translation>
    </message>
    <message>
        <source>Le document s&apos;ouvre dans votre lecteur de PDF.</source>
        <translation>The document opens in your PDF reader.</translation>
    </message>
    <message>
        <source>Aucune demande n&apos;a été envoyée : il n&apos;y a pas de reçu.</source>
        <translation>No request has been sent: there is no receipt.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Receipt saved: %1</translation>
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
        <translation>Page %1 of %2. Page Down and Page Up keys to change page, plus and minus to zoom.</translation>
    </message>
    <message>
        <source>Aucun document ouvert.</source>
        <translation>No document open.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>This document cannot be displayed.</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Full width</translation>
    </message>
    <message>
        <source>%1, page %2 sur %3</source>
        <translation>%1, page %2 of %3</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ouvrir avec une autre application</source>
        <translation>Open with another application</translation>
    </message>
</context>
<context>
    <name>EidConsentPage</name>
    <message>
        <source>Votre carte et votre compte</source>
        <translation>Your card and your account</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.</source>
        <translation>You are logging in with your card for the first time: an e-Guichet account will be created in your name.</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.</source>
        <translation>You are logging in with your card for the first time: it will be linked to your existing e-Guichet account.</translation>
    </message>
    <message>
        <source>Pour vous connecter avec votre carte, l&apos;e-Guichet envoie à la Ville de %1 des données de votre carte.</source>
        <translation>To log you in with your card, the e-Guichet sends data from your card to the City of %1.</translation>
    </message>
    <message>
        <source>Données lues sur votre carte et envoyées à la Ville :</source>
        <translation>Data read from your card and sent to the city:</translation>
    </message>
    <message>
        <source>Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe.</source>
        <translation>Identity: surname, first names, national register number, date and place of birth, nationality, sex.</translation>
    </message>
    <message>
        <source>Adresse : rue et numéro, code postal, commune.</source>
        <translation>Address: street and number, postcode, municipality.</translation>
    </message>
    <message>
        <source>Le certificat de votre carte qui prouve que c&apos;est bien vous, et la signature du Registre national sur ces données.</source>
        <translation>Your card&apos;s certificate, which proves it is really you, and the National Register&apos;s signature over this data.</translation>
    </message>
    <message>
        <source>Votre photo n&apos;est ni envoyée ni conservée.</source>
        <translation>Your photo is neither sent nor kept.</translation>
    </message>
    <message>
        <source>Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l&apos;e-Guichet.</source>
        <translation>Why: to identify you securely, link your requests to your account and pre-fill your forms. This data comes from the National Register: it cannot be changed in the e-Guichet.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.</source>
        <translation>If you refuse, no account is created and nothing is kept. At the end of your session, nothing personal stays on this device.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.</source>
        <translation>If you refuse, no account is created and nothing is kept. You can also log in with an e-mail address.</translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation>Logging in</translation>
    </message>
    <message>
        <source>J&apos;accepte</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Envoie ces données à la Ville et ouvre votre compte</source>
        <translation>Sends this data to the city and opens your account</translation>
    </message>
    <message>
        <source>Je refuse</source>
        <translation>I refuse</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est créé, rien n&apos;est conservé</source>
        <translation>No account is created, nothing is kept</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au moins %1 caractères.</source>
        <translation>This field must contain at least %1 characters.</translation>
    </message>
    <message>
        <source>Le format de ce champ n&apos;est pas valide.</source>
        <translation>The format of this field is not valid.</translation>
    </message>
    <message>
        <source>Ce champ ne peut contenir que des chiffres.</source>
        <translation>This field may only contain digits.</translation>
    </message>
    <message>
        <source>Cette adresse e-mail n&apos;est pas valide (exemple : nom@exemple.be).</source>
        <translation>This e-mail address is not valid (example: name@example.be).</translation>
    </message>
    <message>
        <source>Ce numéro de téléphone belge n&apos;est pas valide (exemple : 081 24 60 00).</source>
        <translation>This Belgian phone number is not valid (example: 081 24 60 00).</translation>
    </message>
    <message>
        <source>Ce numéro de compte IBAN n&apos;est pas valide (exemple : BE68 5390 0754 7034).</source>
        <translation>This IBAN account number is not valid (example: BE68 5390 0754 7034).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide (11 chiffres, au dos de votre carte d&apos;identité).</source>
        <translation>This national register number is not valid (11 digits, on the back of your identity card).</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>The date must be %1 or later.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>The date must be %1 or earlier.</translation>
    </message>
    <message>
        <source>Choisissez une des propositions.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux (%1 Mo au plus).</source>
        <translation>This file is too large (%1 MB at most).</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>This type of file is not accepted.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valide.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au plus %1 caractères.</source>
        <translation>This field may contain at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Choisissez votre ville</source>
        <translation>Choose your city</translation>
    </message>
    <message>
        <source>Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.</source>
        <translation>Which city do you want to deal with? This choice is remembered for next time.</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>City of %1</translation>
    </message>
    <message>
        <source>La liste des villes n&apos;a pas pu être vérifiée : indiquez l&apos;adresse de l&apos;e-Guichet de votre ville.</source>
        <translation>The list of cities could not be verified: enter the address of your city&apos;s e-Guichet.</translation>
    </message>
    <message>
        <source>Votre ville n&apos;est pas dans la liste ? Indiquez l&apos;adresse que la Ville vous a communiquée.</source>
        <translation>Your city is not in the list? Enter the address the City gave you.</translation>
    </message>
    <message>
        <source>Nom de la ville</source>
        <translation>Name of the city</translation>
    </message>
    <message>
        <source>Adresse de l&apos;e-Guichet (https://…)</source>
        <translation>Address of the e-Guichet (https://…)</translation>
    </message>
    <message>
        <source>Utiliser cette adresse</source>
        <translation>Use this address</translation>
    </message>
</context>
<context>
    <name>FormFieldDelegate</name>
    <message>
        <source>(obligatoire)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>Pré-rempli : %1</source>
        <translation>Pre-filled: %1</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Date au format jour/mois/année</source>
        <translation>Date as day/month/year</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être joint à la borne : demandez à un agent de l&apos;accueil, ou faites la demande depuis chez vous.</source>
        <translation>This document cannot be attached at the kiosk: ask a member of staff at the reception desk, or make the request from home.</translation>
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
        <translation>identity card</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profile</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Chargement du formulaire…</source>
        <translation>Loading the form…</translation>
    </message>
    <message>
        <source>Aucun formulaire ouvert.</source>
        <translation>No form open.</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : ce formulaire est la dernière version connue.</source>
        <translation>The City is not answering: this form is the last known version.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2 : %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) à corriger sur cette page :</source>
        <translation>
            <numerusform>%n problem to fix on this page:</numerusform>
            <numerusform>%n problems to fix on this page:</numerusform>
        </translation>
    </message>
    <message>
        <source>Aller au champ</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Check my request</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon du %1.</source>
        <translation>We have restored your draft of %1.</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon.</source>
        <translation>We have restored your draft.</translation>
    </message>
    <message>
        <source>Recommencer avec un formulaire vide</source>
        <translation>Start again with an empty form</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Réponse affichée</source>
        <translation>Answer shown</translation>
    </message>
    <message>
        <source>Touchez pour lire la réponse</source>
        <translation>Tap to read the answer</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Votre session se termine dans %n seconde(s). Tout ce que vous avez encodé sera effacé.</source>
        <translation>
            <numerusform>Your session ends in %n second. Everything you have entered will be erased.</numerusform>
            <numerusform>Your session ends in %n seconds. Everything you have entered will be erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>J&apos;ai besoin de plus de temps</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>KioskKeyboard</name>
    <message>
        <source>Masquer le clavier</source>
        <translation>Hide keyboard</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Log in with a username</translation>
    </message>
    <message>
        <source>Saisissez votre adresse e-mail et votre mot de passe.</source>
        <translation>Enter your e-mail address and your password.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mot de passe oublié ?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Retenir mon adresse e-mail sur cet ordinateur</source>
        <translation>Remember my e-mail address on this computer</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n s.</source>
        <translation>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Pas encore de compte ? Inscrivez-vous</source>
        <translation>No account yet? Sign up</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Counter of the City of %1</translation>
    </message>
    <message>
        <source>Carte retirée : votre session est terminée et vos données ont été effacées.</source>
        <translation>Card removed: your session has ended and your data has been erased.</translation>
    </message>
    <message>
        <source>Votre session est terminée et vos données ont été effacées.</source>
        <translation>Your session has ended and your data has been erased.</translation>
    </message>
    <message>
        <source>Reprenez votre carte d&apos;identité.</source>
        <translation>Take your identity card back.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Mes demandes</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Choisissez une demande pour voir son historique.</source>
        <translation>Choose a request to see its history.</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terminées</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande en cours.</source>
        <translation>You have no requests in progress.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande terminée.</source>
        <translation>You have no finished requests.</translation>
    </message>
    <message>
        <source>N° %1 · envoyée le %2</source>
        <translation>No. %1 · sent on %2</translation>
    </message>
    <message>
        <source>à payer : %1</source>
        <translation>to pay: %1</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Ce poste est hors service. Adressez-vous à l&apos;accueil.</source>
        <translation>This station is out of service. Please ask at the reception desk.</translation>
    </message>
    <message>
        <source>Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.</source>
        <translation>For staff: this station&apos;s configuration is incomplete. Correct it, then restart the station.</translation>
    </message>
    <message>
        <source>Vérification : eguichet --check-config ; détail : eguichet --print-config</source>
        <translation>Check: eguichet --check-config; details: eguichet --print-config</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Au moins %1 types de caractères parmi les suivants</source>
        <translation>At least %1 kinds of characters among the following</translation>
    </message>
    <message>
        <source>minuscules (abc…)</source>
        <translation>lower case (abc…)</translation>
    </message>
    <message>
        <source>majuscules (ABC…)</source>
        <translation>upper case (ABC…)</translation>
    </message>
    <message>
        <source>chiffres (123…)</source>
        <translation>digits (123…)</translation>
    </message>
    <message>
        <source>ponctuation (!?#…)</source>
        <translation>punctuation (!?#…)</translation>
    </message>
</context>
<context>
    <name>PasswordResetPage</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.</source>
        <translation>Enter your account&apos;s e-mail address: the City sends you a link to choose a new password.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Envoyer le lien</source>
        <translation>Send the link</translation>
    </message>
</context>
<context>
    <name>PaymentBasketPage</name>
    <message>
        <source>À payer</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez rien à payer pour le moment.</source>
        <translation>You have nothing to pay at the moment.</translation>
    </message>
    <message>
        <source>Demande %1, %2 : %3</source>
        <translation>Request %1, %2: %3</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.</source>
        <translation>A payment is already under way. Do not pay a second time: follow it here.</translation>
    </message>
    <message>
        <source>Voir le paiement en cours</source>
        <translation>See the payment under way</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Préparation du paiement…</source>
        <translation>Preparing the payment…</translation>
    </message>
    <message>
        <source>Effectuez le virement avec la communication structurée indiquée.</source>
        <translation>Make the transfer with the structured communication shown.</translation>
    </message>
    <message>
        <source>Scannez le code QR avec votre smartphone pour payer.</source>
        <translation>Scan the QR code with your smartphone to pay.</translation>
    </message>
    <message>
        <source>Terminez le paiement dans la page du prestataire de paiement.</source>
        <translation>Complete the payment on the payment provider&apos;s page.</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès de la Ville…</source>
        <translation>We are checking your payment with the City…</translation>
    </message>
    <message>
        <source>Votre paiement n&apos;est pas encore confirmé. Ne payez pas une seconde fois : nous continuerons à vérifier et vous recevrez un e-mail.</source>
        <translation>Your payment is not confirmed yet. Do not pay a second time: we will keep checking and you will receive an e-mail.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Payment received. Thank you!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé par votre banque. Rien n&apos;a été débité.</source>
        <translation>Your bank refused the payment. Nothing was charged.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>The payment was cancelled. Nothing was debited.</translation>
    </message>
    <message>
        <source>Le délai de paiement est dépassé. Rien n&apos;a été débité.</source>
        <translation>The time to pay has run out. Nothing was charged.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu être créé. Rien n&apos;a été débité.</source>
        <translation>The payment could not be created. Nothing was charged.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la connexion et réessayez.</source>
        <translation>The amounts to pay cannot be read right now. Check the connection and try again.</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir ce qu&apos;il reste à payer.</source>
        <translation>Log in to see what is left to pay.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus. Réessayez plus tard.</source>
        <translation>The amounts to pay cannot be read. Try again later.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <source>Le reçu n&apos;a pas pu être enregistré dans %1. Choisissez un autre emplacement.</source>
        <translation>The receipt could not be saved in %1. Choose another location.</translation>
    </message>
    <message>
        <source>recu-paiement</source>
        <translation>payment-receipt</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>City of %1</translation>
    </message>
</context>
<context>
    <name>PaymentMethodPage</name>
    <message>
        <source>Moyen de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Choisissez comment payer %1.</source>
        <translation>Choose how to pay %1.</translation>
    </message>
    <message>
        <source>Carte bancaire sur le terminal</source>
        <translation>Bank card on the payment terminal</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Code QR avec votre smartphone</source>
        <translation>QR code with your smartphone</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l&apos;écran : suivez ses instructions.</source>
        <translation>Bancontact/Maestro, Visa or Mastercard, on the payment terminal next to the screen: follow its instructions.</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s&apos;ouvre dans votre navigateur.</source>
        <translation>Bancontact/Maestro, Visa or Mastercard, on the payment provider&apos;s secure page, which opens in your web browser.</translation>
    </message>
    <message>
        <source>Scannez le code avec l&apos;application de votre banque ou l&apos;appareil photo de votre smartphone, puis payez sur votre téléphone.</source>
        <translation>Scan the code with your bank&apos;s app or your smartphone&apos;s camera, then pay on your phone.</translation>
    </message>
    <message>
        <source>Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.</source>
        <translation>With the structured communication. A transfer takes a few days: the request is handled once it arrives.</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Amount to pay: %1</translation>
    </message>
    <message>
        <source>Vous ne tapez jamais votre numéro de carte dans l&apos;e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.</source>
        <translation>You never type your card number into the e-Counter: you pay at the City&apos;s payment provider.</translation>
    </message>
</context>
<context>
    <name>PaymentResultPage</name>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Paiement reçu</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>Paiement refusé</source>
        <translation>Payment refused</translation>
    </message>
    <message>
        <source>Paiement annulé</source>
        <translation>Payment cancelled</translation>
    </message>
    <message>
        <source>Délai de paiement dépassé</source>
        <translation>Payment time limit passed</translation>
    </message>
    <message>
        <source>Paiement non créé</source>
        <translation>Payment not created</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».</source>
        <translation>The City is now handling your request. You will receive an e-mail at each step; follow it in “My requests”.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».</source>
        <translation>You can try again with another card or pay by bank transfer. Your request is waiting in “To pay”.</translation>
    </message>
    <message>
        <source>Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».</source>
        <translation>You can pay now or later: your request is waiting in “To pay”.</translation>
    </message>
    <message>
        <source>Il n&apos;y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.</source>
        <translation>There may be nothing left to pay. Look in “To pay” or try again later.</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Save the receipt (PDF)</translation>
    </message>
    <message>
        <source>Dans votre dossier Documents</source>
        <translation>In your Documents folder</translation>
    </message>
    <message>
        <source>Choisir où enregistrer le reçu…</source>
        <translation>Choose where to save the receipt…</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Pay now</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <source>Enregistrer le reçu</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentTransferPage</name>
    <message>
        <source>Payer par virement</source>
        <translation>Pay by bank transfer</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Structured communication</translation>
    </message>
    <message>
        <source>Ou scannez ce code avec l&apos;application de votre banque : tout est rempli, communication comprise.</source>
        <translation>Or scan this code with your bank&apos;s app: everything is filled in, the communication too.</translation>
    </message>
    <message>
        <source>Code QR du virement (EPC)</source>
        <translation>Transfer QR code (EPC)</translation>
    </message>
    <message>
        <source>Un virement prend quelques jours. Indiquez bien la communication structurée : c&apos;est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l&apos;aura reçu.</source>
        <translation>A transfer takes a few days. Be sure to give the structured communication: it links your payment to your request. You will receive an e-mail once the City has received it.</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the home page</translation>
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
        <translation>Payment under way</translation>
    </message>
    <message>
        <source>Montant : %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Code QR de paiement</source>
        <translation>Payment QR code</translation>
    </message>
    <message>
        <source>La page de paiement s&apos;est ouverte dans votre navigateur. Après le paiement, revenez ici : l&apos;e-Guichet suit le paiement auprès de la Ville.</source>
        <translation>The payment page has opened in your web browser. After paying, come back here: the e-Counter follows the payment with the City.</translation>
    </message>
    <message>
        <source>Gardez cet écran ouvert pendant le paiement sur votre téléphone.</source>
        <translation>Keep this screen open while you pay on your phone.</translation>
    </message>
    <message>
        <source>Le terminal de paiement se trouve à côté de l&apos;écran. Votre carte n&apos;est jamais lue par l&apos;e-Guichet.</source>
        <translation>The payment terminal is next to the screen. Your card is never read by the e-Guichet.</translation>
    </message>
    <message>
        <source>Rouvrir la page de paiement</source>
        <translation>Open the payment page again</translation>
    </message>
    <message>
        <source>Si vous avez fermé le navigateur avant de payer</source>
        <translation>If you closed the browser before paying</translation>
    </message>
    <message>
        <source>Annuler le paiement</source>
        <translation>Cancel the payment</translation>
    </message>
    <message>
        <source>Arrête le terminal de paiement ; rien n&apos;est débité.</source>
        <translation>Stops the payment terminal; nothing is charged.</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <source>Le paiement continue d&apos;être suivi ; son état reste visible sur l&apos;accueil.</source>
        <translation>The payment is still being followed; its status stays visible on the home page.</translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <source>Code PIN de votre carte</source>
        <translation>Your card&apos;s PIN</translation>
    </message>
    <message>
        <source>Tapez votre code PIN sur le clavier du lecteur de carte.</source>
        <translation>Type your PIN on the card reader&apos;s keypad.</translation>
    </message>
    <message>
        <source>Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».</source>
        <translation>Type your PIN (4 to 12 digits), then “Confirm”.</translation>
    </message>
    <message>
        <source>Connexion en cours. Laissez la carte dans le lecteur.</source>
        <translation>Logging in. Keep the card in the reader.</translation>
    </message>
    <message>
        <source>La connexion avec votre carte n&apos;a pas abouti.</source>
        <translation>Logging in with your card did not succeed.</translation>
    </message>
    <message>
        <source>Essais restants : %1</source>
        <translation>Tries left: %1</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Présentez-vous à l&apos;administration communale avec votre carte d&apos;identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l&apos;avez encore.</source>
        <translation>Go to the municipal administration with your identity card: they will give you a new PIN. Keep the letter with your PIN and PUK codes if you still have it.</translation>
    </message>
    <message>
        <source>En attendant, le personnel du guichet peut vous aider.</source>
        <translation>In the meantime, the counter staff can help you.</translation>
    </message>
    <message>
        <source>En attendant, vous pouvez vous connecter avec une adresse e-mail.</source>
        <translation>In the meantime, you can log in with an e-mail address.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Demande à nouveau le code PIN</source>
        <translation>Asks for the PIN again</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Se connecter avec une adresse e-mail</source>
        <translation>Log in with an e-mail address</translation>
    </message>
</context>
<context>
    <name>PrintMessages</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Le document est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>The document is printed. Take it from the printer.</translation>
    </message>
    <message>
        <source>Votre reçu est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Your receipt is printed. Take it from the printer.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est disponible.</source>
        <translation>No printer is available.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : rien n&apos;a été imprimé.</source>
        <translation>The printer is out of paper: nothing was printed.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée : rien n&apos;a été imprimé.</source>
        <translation>The printer is stopped: nothing was printed.</translation>
    </message>
    <message>
        <source>L&apos;imprimante refuse les impressions pour le moment : rien n&apos;a été imprimé.</source>
        <translation>The printer is not accepting print jobs at the moment: nothing was printed.</translation>
    </message>
    <message>
        <source>L&apos;impression a échoué.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas terminé l&apos;impression à temps : elle a été annulée.</source>
        <translation>The printer did not finish printing in time: the job was cancelled.</translation>
    </message>
    <message>
        <source>Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans « Mes demandes ».</source>
        <translation>Your request is recorded: try again, or find its receipt in “My requests”.</translation>
    </message>
    <message>
        <source>Votre paiement est bien enregistré : réessayez, demandez le reçu à l&apos;accueil ou retrouvez-le dans « Mes demandes ».</source>
        <translation>Your payment is recorded: try again, ask for the receipt at the front desk or find it in “My requests”.</translation>
    </message>
    <message>
        <source>Le document reste disponible : réessayez, ou retrouvez-le dans « Mes demandes » ou à l&apos;accueil.</source>
        <translation>The document is still available: try again, or find it in “My requests” or at the front desk.</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité électronique (Registre national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-vous à l&apos;administration communale de votre domicile pour les faire corriger.</source>
        <translation>This information comes from your electronic identity card (National Register) and cannot be changed here. If it is wrong, go to the municipal administration where you live to have it corrected.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>National register number</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Rue et numéro</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Compte bancaire (IBAN)</source>
        <translation>Bank account (IBAN)</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profile</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Mon profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>Vos coordonnées pré-remplissent les formulaires.</source>
        <translation>Your details pre-fill the forms.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir votre profil.</source>
        <translation>Log in to see your profile.</translation>
    </message>
    <message>
        <source>Modifier mes données</source>
        <translation>Edit my details</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Modifier votre adresse ici ne remplace pas la déclaration de changement d&apos;adresse à la commune.</source>
        <translation>Changing your address here does not replace declaring your change of address at the municipality.</translation>
    </message>
    <message>
        <source>Adresse e-mail de connexion : %1</source>
        <translation>Login e-mail address: %1</translation>
    </message>
    <message>
        <source>Modifier l&apos;adresse e-mail</source>
        <translation>Change e-mail address</translation>
    </message>
    <message>
        <source>Nouvelle adresse e-mail</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <source>Envoyer le lien de confirmation</source>
        <translation>Send the confirmation link</translation>
    </message>
    <message>
        <source>Votre mot de passe actuel</source>
        <translation>Your current password</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Carte (Bancontact/Maestro, Visa, Mastercard)</source>
        <translation>Card (Bancontact/Maestro, Visa, Mastercard)</translation>
    </message>
    <message>
        <source>Code QR (smartphone)</source>
        <translation>QR code (smartphone)</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Payment terminal</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Moyen de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Structured communication</translation>
    </message>
    <message>
        <source>Reçu de paiement</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Conservez ce reçu. Il ne contient aucune donnée de votre carte.</source>
        <translation>Keep this receipt. It contains no data from your card.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Créer un compte</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <source>Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d&apos;activation.</source>
        <translation>Choose your e-mail address and a password. The City then sends you an activation e-mail.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Règles du mot de passe</source>
        <translation>Password rules</translation>
    </message>
    <message>
        <source>Respectée : </source>
        <translation>Met: </translation>
    </message>
    <message>
        <source>Pas encore respectée : </source>
        <translation>Not met yet: </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe</source>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>The two passwords are different.</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <source>Renvoyer l&apos;e-mail d&apos;activation</source>
        <translation>Send the activation e-mail again</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1 par %2. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>An activation e-mail was sent to %1 from %2. Open the link it contains, then log in. Can&apos;t find it? Look in your spam folder.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>An activation e-mail was sent to %1. Open the link it contains, then log in. Can&apos;t find it? Look in your spam folder.</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</source>
        <translation>This form cannot be shown at the moment. Try again later or contact the municipal administration.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</source>
        <translation>The request could not be saved on this computer. Try again.</translation>
    </message>
    <message>
        <source>Votre demande n&apos;a pas encore pu être envoyée à la Ville. Elle reste enregistrée ici pour votre compte seulement et sera envoyée lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Your request could not be sent to the City yet. It stays saved here for your account only and will be sent the next time you log in on this device.</translation>
    </message>
    <message>
        <source>Vos %1 demandes n&apos;ont pas encore pu être envoyées à la Ville. Elles restent enregistrées ici pour votre compte seulement et seront envoyées lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Your %1 requests could not be sent to the City yet. They stay saved here for your account only and will be sent the next time you log in on this device.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Demande %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Aucun historique à afficher.</source>
        <translation>No history to show.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Téléchargement…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert sur cet appareil.</source>
        <translation>The document could not be opened on this device.</translation>
    </message>
</context>
<context>
    <name>RequestReceipt</name>
    <message>
        <source>Ville de %1</source>
        <translation>City of %1</translation>
    </message>
    <message>
        <source>Accusé de réception de votre demande</source>
        <translation>Acknowledgement of your request</translation>
    </message>
    <message>
        <source>Démarche : %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Numéro de la demande : %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <source>Reçue le : %1</source>
        <translation>Received on: %1</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Amount to pay: %1</translation>
    </message>
    <message>
        <source>La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer dans « Mes demandes ».</source>
        <translation>The City handles your request as soon as the payment is received. You can pay in “My requests”.</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande.</source>
        <translation>The City is now handling your request.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses documents dans « Mes demandes » de l&apos;e-Guichet, avec ce numéro.</source>
        <translation>You will receive an e-mail at each step. Follow your request and find its documents in “My requests” of the e-Guichet, with this number.</translation>
    </message>
    <message>
        <source>Ce reçu ne contient aucune donnée de votre carte d&apos;identité.</source>
        <translation>This receipt contains no data from your identity card.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Check my request</translation>
    </message>
    <message>
        <source>Relisez votre demande, acceptez l&apos;utilisation de vos données puis envoyez-la.</source>
        <translation>Read your request again, accept the use of your data, then send it.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Les données marquées « carte d&apos;identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>The data marked “identity card” (surname, first names, national register number, date of birth, address) was read from your card and verified. It is used only to handle this request by the administration of the City of %1 and is passed on to no one else.</translation>
    </message>
    <message>
        <source>Les données de cette demande servent uniquement à la traiter par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>The data in this request is used only to handle it by the administration of the City of %1 and is passed on to no one else.</translation>
    </message>
    <message>
        <source>J&apos;accepte que ces données soient utilisées pour traiter ma demande</source>
        <translation>I agree that this data is used to handle my request</translation>
    </message>
    <message>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Envoyer la demande</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <source>Montant à payer à la Ville : %1</source>
        <translation>Amount to pay to the City: %1</translation>
    </message>
    <message>
        <source>Cette démarche est gratuite.</source>
        <translation>This service is free.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Démarche</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;est pas disponible.</source>
        <translation>This service is not available.</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>%1, plus selon le motif et le nombre d&apos;exemplaires</source>
        <translation>%1, plus depending on the reason and the number of copies</translation>
    </message>
    <message>
        <source>Gratuit ou selon le motif : le montant exact s&apos;affiche avant l&apos;envoi</source>
        <translation>Free or depending on the reason: the exact amount is shown before sending</translation>
    </message>
    <message>
        <source>Ce qu&apos;il vous faut</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>Votre carte d&apos;identité et son code PIN</source>
        <translation>Your identity card and its PIN</translation>
    </message>
    <message>
        <source>Rien : accessible à tous</source>
        <translation>Nothing: open to everyone</translation>
    </message>
    <message>
        <source>Un compte (adresse e-mail et mot de passe) ou votre carte d&apos;identité</source>
        <translation>An account (e-mail address and password) or your identity card</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Par la poste ou à retirer à l&apos;administration ; le document signé apparaît aussi dans « Mes demandes »</source>
        <translation>By post or to collect from the administration; the signed document also appears in “My requests”</translation>
    </message>
    <message>
        <source>Tout de suite, sur cet appareil</source>
        <translation>Straight away, on this device</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Par un agent de la Ville, qui recherche l&apos;acte dans les archives : comptez quelques jours</source>
        <translation>By a City officer, who looks for the record in the archives: allow a few days</translation>
    </message>
    <message>
        <source>Tout de suite, automatiquement</source>
        <translation>Straight away, automatically</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec la carte d&apos;identité.</source>
        <translation>This service requires logging in with the identity card.</translation>
    </message>
    <message>
        <source>Commencer la démarche</source>
        <translation>Start</translation>
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
        <translation>Spoken guidance on.</translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>Tapez votre code secret sur le terminal de paiement.</source>
        <translation>Type your PIN on the payment terminal.</translation>
    </message>
    <message>
        <source>Autorisation en cours… Ne retirez pas votre carte.</source>
        <translation>Authorising… Do not remove your card.</translation>
    </message>
    <message>
        <source>Présentez ou insérez votre carte dans le terminal de paiement.</source>
        <translation>Tap or insert your card in the payment terminal.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. La Ville ne répond pas pour le moment : nous réessayons. Ne payez pas une seconde fois.</source>
        <translation>Payment accepted by the terminal. The city is not answering at the moment: we are trying again. Do not pay a second time.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. Enregistrement auprès de la Ville…</source>
        <translation>Payment accepted by the terminal. Recording it with the city…</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès du terminal…</source>
        <translation>We are checking your payment with the terminal…</translation>
    </message>
    <message>
        <source>Le terminal n&apos;a pas confirmé le résultat du paiement. Ne payez pas une seconde fois : un agent vérifiera le journal du terminal.</source>
        <translation>The terminal did not confirm the outcome of the payment. Do not pay a second time: a member of staff will check the terminal&apos;s journal.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Payment received. Thank you!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé. Rien n&apos;a été débité.</source>
        <translation>The payment was declined. Nothing was debited.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>The payment was cancelled. Nothing was debited.</translation>
    </message>
    <message>
        <source>Votre carte a été débitée, mais la Ville n&apos;a pas pu enregistrer le paiement. Gardez le ticket du terminal et adressez-vous à l&apos;accueil.</source>
        <translation>Your card was charged, but the city could not record the payment. Keep the terminal&apos;s ticket and ask at the reception desk.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu commencer. Rien n&apos;a été débité.</source>
        <translation>The payment could not start. Nothing was debited.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont ensemble : indiquez les deux ou aucun.</source>
        <translation>The station&apos;s certificate (api/client_cert) and its key (api/client_key) go together: set both or neither.</translation>
    </message>
    <message>
        <source>Le certificat du poste %1 (api/client_cert) est introuvable ou illisible (PEM attendu).</source>
        <translation>The station&apos;s certificate %1 (api/client_cert) is missing or unreadable (PEM expected).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée PEM attendue).</source>
        <translation>The station&apos;s key %1 (api/client_key) is missing or unreadable (a PEM private key is expected).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est lisible par d&apos;autres utilisateurs. Réservez-la à son propriétaire (chmod 600) puis redémarrez.</source>
        <translation>The station&apos;s key %1 (api/client_key) is readable by other users. Restrict it to its owner (chmod 600), then restart.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Counter of the City of %1</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Insert your identity card</translation>
    </message>
    <message>
        <source>Le lecteur se trouve sous l&apos;écran. Gardez la carte dans le lecteur jusqu&apos;à la fin.</source>
        <translation>The card reader is below the screen. Keep the card in the reader until the end.</translation>
    </message>
    <message>
        <source>Placez votre carte dans le lecteur relié à cet ordinateur.</source>
        <translation>Put your card in the card reader connected to this computer.</translation>
    </message>
    <message>
        <source>ou</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Log in with a username</translation>
    </message>
    <message>
        <source>Connexion avec une adresse e-mail et un mot de passe</source>
        <translation>Log in with an e-mail address and a password</translation>
    </message>
    <message>
        <source>Grands caractères</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Guidage vocal</source>
        <translation>Spoken guidance</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre, les instructions et les erreurs de chaque écran</source>
        <translation>Reads out the title, instructions and errors of each screen</translation>
    </message>
    <message>
        <source>Diagnostic : lecteur, carte et connexion</source>
        <translation>Diagnostics: reader, card and connection</translation>
    </message>
    <message>
        <source>Une carte est restée dans le lecteur. Retirez-la et, si ce n&apos;est pas la vôtre, remettez-la à l&apos;accueil.</source>
        <translation>A card was left in the reader. Take it out and, if it is not yours, hand it in at the reception desk.</translation>
    </message>
</context>
</TS>
