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
        <source>Lecture annulée.</source>
        <translation>Reading cancelled.</translation>
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
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
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
        <translation>The payment was cancelled. Nothing was charged.</translation>
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
        <source>Ville de Namur</source>
        <translation>City of Namur</translation>
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
    <name>RequestController</name>
    <message>
        <source>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</source>
        <translation>This form cannot be shown at the moment. Try again later or contact the municipal administration.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</source>
        <translation>The request could not be saved on this computer. Try again.</translation>
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
        <translation>Log in with a user name</translation>
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
</context>
</TS>
