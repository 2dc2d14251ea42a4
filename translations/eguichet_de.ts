<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="fr_BE">
<context>
    <name>AccountController</name>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).</source>
        <translation>Wenn Sie sie nicht finden, sehen Sie im Spam-Ordner nach (Absender: %1).</translation>
    </message>
    <message>
        <source>Le mot de passe ne respecte pas toutes les règles indiquées.</source>
        <translation>Das Passwort erfüllt nicht alle angegebenen Regeln.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Cliquez sur le lien qu&apos;il contient dans les %2 heures pour activer votre compte.</source>
        <translation>Eine Aktivierungs-E-Mail wurde an %1 gesendet. Klicken Sie innerhalb von %2 Stunden auf den darin enthaltenen Link, um Ihr Konto zu aktivieren.</translation>
    </message>
    <message>
        <source>Si un compte en attente d&apos;activation existe pour %1, un nouvel e-mail d&apos;activation vient d&apos;y être envoyé.</source>
        <translation>Wenn für %1 ein Konto auf die Aktivierung wartet, wurde soeben eine neue Aktivierungs-E-Mail dorthin gesendet.</translation>
    </message>
    <message>
        <source>Si un compte existe pour %1, un e-mail avec un lien pour choisir un nouveau mot de passe vient d&apos;y être envoyé. Sans e-mail, l&apos;adresse du compte est peut-être erronée : créez alors un nouveau compte.</source>
        <translation>Wenn für %1 ein Konto existiert, wurde soeben eine E-Mail mit einem Link zur Wahl eines neuen Passworts dorthin gesendet. Erhalten Sie keine E-Mail, ist die Adresse des Kontos vielleicht falsch: Legen Sie dann ein neues Konto an.</translation>
    </message>
    <message>
        <source>Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse deviendra votre identifiant dès que vous aurez cliqué sur le lien.</source>
        <translation>Eine Bestätigungs-E-Mail wurde an %1 gesendet. Ihre neue Adresse wird Ihr Benutzername, sobald Sie auf den Link geklickt haben.</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Fermer la borne</source>
        <translation>Terminal schließen</translation>
    </message>
    <message>
        <source>Code administrateur</source>
        <translation>Administratorcode</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Falscher Code.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>E-Mail-Adresse oder Passwort falsch.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;est pas encore activé. Cliquez sur le lien reçu par e-mail (pensez à vérifier vos spams).</source>
        <translation>Ihr Konto ist noch nicht aktiviert. Klicken Sie auf den Link aus der E-Mail (sehen Sie auch im Spam-Ordner nach).</translation>
    </message>
    <message>
        <source>Un compte existe déjà avec cette adresse e-mail.</source>
        <translation>Mit dieser E-Mail-Adresse besteht bereits ein Konto.</translation>
    </message>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité et ne peuvent pas être modifiées ici.</source>
        <translation>Diese Angaben stammen von Ihrem Personalausweis und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec votre carte d&apos;identité.</source>
        <translation>Für diesen Antrag ist eine Anmeldung mit Ihrem Personalausweis erforderlich.</translation>
    </message>
    <message>
        <source>Vous avez déjà introduit cette demande.</source>
        <translation>Sie haben diesen Antrag bereits gestellt.</translation>
    </message>
    <message>
        <source>L&apos;application n&apos;est pas configurée pour joindre la Ville. Prévenez un agent.</source>
        <translation>Die Anwendung ist nicht für die Verbindung mit der Stadt eingerichtet. Wenden Sie sich an einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Impossible de joindre la Ville. Vérifiez votre connexion à Internet et réessayez.</source>
        <translation>Die Stadt ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>La Ville met trop de temps à répondre. Réessayez dans quelques instants.</source>
        <translation>Die Stadt antwortet zu langsam. Versuchen Sie es in einigen Augenblicken erneut.</translation>
    </message>
    <message>
        <source>La connexion sécurisée avec la Ville n&apos;a pas pu être vérifiée. Pour votre sécurité, rien n&apos;a été envoyé.</source>
        <translation>Die sichere Verbindung zur Stadt konnte nicht überprüft werden. Zu Ihrer Sicherheit wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Le service de la Ville rencontre un problème. Réessayez plus tard.</source>
        <translation>Der Dienst der Stadt hat ein Problem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>La réponse de la Ville est illisible. Réessayez plus tard.</source>
        <translation>Die Antwort der Stadt ist unlesbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Votre session a expiré. Veuillez vous reconnecter.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cette démarche.</source>
        <translation>Sie haben keinen Zugang zu diesem Antrag.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas ou plus.</source>
        <translation>Dieses Element existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Cette opération est en conflit avec une autre.</source>
        <translation>Dieser Vorgang steht im Konflikt mit einem anderen.</translation>
    </message>
    <message>
        <source>Les fichiers joints sont trop volumineux.</source>
        <translation>Die angehängten Dateien sind zu groß.</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Dieser Dateityp wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Certains champs ne sont pas corrects. Vérifiez les messages indiqués.</source>
        <translation>Einige Felder sind nicht korrekt. Prüfen Sie die angezeigten Hinweise.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans quelques instants.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in einigen Augenblicken erneut.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être traitée.</source>
        <translation>Die Anfrage konnte nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>L&apos;opération a été annulée.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <source>Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l&apos;ordinateur ou demandez de l&apos;aide au personnel.</source>
        <translation>Der Dienst für Kartenleser funktioniert nicht. Starten Sie den Computer neu oder bitten Sie das Personal um Hilfe.</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte n&apos;est branché.</source>
        <translation>Es ist kein Kartenleser angeschlossen.</translation>
    </message>
    <message>
        <source>Aucune carte dans le lecteur.</source>
        <translation>Keine Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le lecteur jusqu&apos;à la fin.</source>
        <translation>Die Karte wurde während des Lesens entfernt. Stecken Sie sie wieder ein und lassen Sie sie bis zum Ende im Lesegerät.</translation>
    </message>
    <message>
        <source>Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>Das Lesegerät wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.</source>
        <translation>Die Karte antwortet nicht. Ziehen Sie sie heraus und stecken Sie sie mit dem Chip voran wieder ein.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas une carte d&apos;identité belge.</source>
        <translation>Diese Karte ist kein belgischer Personalausweis.</translation>
    </message>
    <message>
        <source>La carte n&apos;a pas pu être lue entièrement : elle est peut-être endommagée. Adressez-vous à votre commune.</source>
        <translation>Die Karte konnte nicht vollständig gelesen werden: Sie ist vielleicht beschädigt. Wenden Sie sich an Ihre Gemeinde.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Falscher PIN-Code.</translation>
    </message>
    <message>
        <source>Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code PUK.</source>
        <translation>Der PIN-Code ist gesperrt. Er kann bei Ihrer Gemeinde mit dem PUK-Code entsperrt werden.</translation>
    </message>
    <message>
        <source>La lecture de la carte a échoué. Retirez la carte et réessayez.</source>
        <translation>Das Lesen der Karte ist fehlgeschlagen. Ziehen Sie die Karte heraus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Le certificat qui garantit les données de la carte a expiré. Les données ne seront pas utilisées. Adressez-vous à votre commune.</source>
        <translation>Das Zertifikat, das die Daten der Karte garantiert, ist abgelaufen. Die Daten werden nicht verwendet. Wenden Sie sich an Ihre Gemeinde.</translation>
    </message>
    <message>
        <source>Les données de la carte n&apos;ont pas pu être vérifiées : elles ne seront pas utilisées. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>Die Daten der Karte konnten nicht überprüft werden: Sie werden nicht verwendet. Wenden Sie sich an Ihre Gemeinde, wenn dies erneut vorkommt.</translation>
    </message>
    <message>
        <source>Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le sur le clavier du lecteur.</source>
        <translation>Das Lesegerät hat zu lange auf Ihren PIN-Code gewartet. Beginnen Sie erneut und geben Sie ihn auf der Tastatur des Lesegeräts ein.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Vorgang abgebrochen.</translation>
    </message>
    <message>
        <source>Le code PIN tapé sur le lecteur n&apos;a pas la bonne longueur (4 à 12 chiffres).</source>
        <translation>Der am Lesegerät eingegebene PIN-Code hat nicht die richtige Länge (4 bis 12 Ziffern).</translation>
    </message>
</context>
<context>
    <name>CardLoginSigner</name>
    <message numerus="yes">
        <source>Code PIN incorrect. Il vous reste %n essai(s).</source>
        <translation>
            <numerusform>Falsche PIN. Sie haben noch %n Versuch.</numerusform>
            <numerusform>Falsche PIN. Sie haben noch %n Versuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardReadingPage</name>
    <message>
        <source>Lecture de votre carte</source>
        <translation>Ihre Karte wird gelesen</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Guten Tag %1</translation>
    </message>
    <message>
        <source>Lecture en cours. Laissez la carte dans le lecteur.</source>
        <translation>Wird gelesen. Lassen Sie die Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>Votre carte a été lue et ses données ont été vérifiées.</source>
        <translation>Ihre Karte wurde gelesen und ihre Daten wurden überprüft.</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Stecken Sie Ihren Personalausweis ein</translation>
    </message>
    <message>
        <source>Progression de la lecture</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Signature de l&apos;identité</source>
        <translation>Signatur der Identität</translation>
    </message>
    <message>
        <source>Signature de l&apos;adresse</source>
        <translation>Signatur der Adresse</translation>
    </message>
    <message>
        <source>Empreinte de la photo</source>
        <translation>Prüfsumme des Fotos</translation>
    </message>
    <message>
        <source>Certificat du Registre national</source>
        <translation>Zertifikat des Nationalregisters</translation>
    </message>
    <message>
        <source>vérifié</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expiré</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>non valable</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Termine la session et efface les données lues</source>
        <translation>Beendet die Sitzung und löscht die gelesenen Daten</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Vers vos démarches, vos demandes et votre profil</source>
        <translation>Zu Ihren Anträgen, Ihren Vorgängen und Ihrem Profil</translation>
    </message>
    <message>
        <source>Se connecter avec ma carte</source>
        <translation>Mit meiner Karte anmelden</translation>
    </message>
    <message>
        <source>Demande le code PIN de votre carte</source>
        <translation>Fragt nach der PIN Ihrer Karte</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Démarches</source>
        <translation>Behördengänge</translation>
    </message>
    <message>
        <source>Choisissez une catégorie ou cherchez une démarche.</source>
        <translation>Wählen Sie eine Kategorie oder suchen Sie einen Antrag.</translation>
    </message>
    <message>
        <source>Rechercher une démarche</source>
        <translation>Einen Antrag suchen</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : voici la dernière liste connue.</source>
        <translation>Die Stadt antwortet nicht: Hier ist die zuletzt bekannte Liste.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Aucune démarche ne correspond.</source>
        <translation>Kein Antrag entspricht der Suche.</translation>
    </message>
    <message>
        <source>À partir de %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Prix selon le motif</source>
        <translation>Preis je nach Grund</translation>
    </message>
    <message>
        <source>Document à télécharger</source>
        <translation>Dokument zum Herunterladen</translation>
    </message>
    <message>
        <source>Lien vers un autre site</source>
        <translation>Link zu einer anderen Website</translation>
    </message>
</context>
<context>
    <name>CitizenHomePage</name>
    <message>
        <source>Votre e-Guichet</source>
        <translation>Ihr e-Schalter</translation>
    </message>
    <message>
        <source>Choisissez : Démarches, Mes demandes, Mon profil ou Aide.</source>
        <translation>Wählen Sie: Behördengänge, Meine Anträge, Mein Profil oder Hilfe.</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Guten Tag %1</translation>
    </message>
    <message>
        <source>Bonjour</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Behördengänge</translation>
    </message>
    <message>
        <source>Demander un certificat, un acte, un document</source>
        <translation>Eine Bescheinigung, eine Urkunde, ein Dokument beantragen</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Suivre vos demandes et leurs documents</source>
        <translation>Ihre Vorgänge und deren Dokumente verfolgen</translation>
    </message>
    <message>
        <source>Mon profil</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Vos coordonnées, qui pré-remplissent les formulaires</source>
        <translation>Ihre Angaben, die die Formulare vorausfüllen</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Les réponses aux questions fréquentes</source>
        <translation>Die Antworten auf häufige Fragen</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Termine la session et efface les données de cet appareil</source>
        <translation>Beendet die Sitzung und löscht die Daten von diesem Gerät</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Demande envoyée</source>
        <translation>Antrag gesendet</translation>
    </message>
    <message>
        <source>Merci, votre demande a bien été reçue par la Ville.</source>
        <translation>Danke, Ihr Antrag ist bei der Stadt eingegangen.</translation>
    </message>
    <message>
        <source>Numéro de votre demande : %1</source>
        <translation>Nummer Ihres Antrags: %1</translation>
    </message>
    <message>
        <source>Le numéro de votre demande apparaîtra dans « Mes demandes ».</source>
        <translation>Die Nummer Ihres Antrags erscheint unter „Meine Anträge“.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».</source>
        <translation>Sie erhalten bei jedem Schritt eine E-Mail. Sie können den Antrag unter „Meine Anträge“ verfolgen und seine Dokumente dort finden.</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Zurück zur Startseite</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Le serveur de la Ville répond.</source>
        <translation>Der Server der Stadt antwortet.</translation>
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
        <translation>Der Zustand des Kartenlesers, der Karte und der Verbindung zur Stadt.</translation>
    </message>
    <message>
        <source>Lecteurs de carte</source>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.</source>
        <translation>Kein Kartenleser gefunden. Schließen Sie das Lesegerät an und prüfen Sie, ob der Dienst pcscd läuft.</translation>
    </message>
    <message>
        <source>Carte : %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <source>service de carte indisponible</source>
        <translation>Kartendienst nicht verfügbar</translation>
    </message>
    <message>
        <source>pas de lecteur</source>
        <translation>kein Lesegerät</translation>
    </message>
    <message>
        <source>aucune carte insérée</source>
        <translation>keine Karte eingesteckt</translation>
    </message>
    <message>
        <source>lecture en cours</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>lue et vérifiée</source>
        <translation>gelesen und überprüft</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Serveur de la Ville</source>
        <translation>Server der Stadt</translation>
    </message>
    <message>
        <source>Aucune adresse de serveur configurée.</source>
        <translation>Keine Serveradresse eingerichtet.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>e-Guichet %1, Qt %2, mode %3</source>
        <translation>e-Guichet %1, Qt %2, Modus %3</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au moins %1 caractères.</source>
        <translation>Dieses Feld muss mindestens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Le format de ce champ n&apos;est pas valide.</source>
        <translation>Das Format dieses Feldes ist ungültig.</translation>
    </message>
    <message>
        <source>Ce champ ne peut contenir que des chiffres.</source>
        <translation>Dieses Feld darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Cette adresse e-mail n&apos;est pas valide (exemple : nom@exemple.be).</source>
        <translation>Diese E-Mail-Adresse ist ungültig (Beispiel: name@beispiel.be).</translation>
    </message>
    <message>
        <source>Ce numéro de téléphone belge n&apos;est pas valide (exemple : 081 24 60 00).</source>
        <translation>Diese belgische Telefonnummer ist ungültig (Beispiel: 081 24 60 00).</translation>
    </message>
    <message>
        <source>Ce numéro de compte IBAN n&apos;est pas valide (exemple : BE68 5390 0754 7034).</source>
        <translation>Diese IBAN-Kontonummer ist ungültig (Beispiel: BE68 5390 0754 7034).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide (11 chiffres, au dos de votre carte d&apos;identité).</source>
        <translation>Diese Nationalregisternummer ist ungültig (11 Ziffern, auf der Rückseite Ihres Personalausweises).</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas.</source>
        <translation>Dieses Datum existiert nicht.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>Das Datum muss der %1 oder später sein.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>Das Datum muss der %1 oder früher sein.</translation>
    </message>
    <message>
        <source>Choisissez une des propositions.</source>
        <translation>Wählen Sie eine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux (%1 Mo au plus).</source>
        <translation>Diese Datei ist zu groß (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Dieser Dateityp wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valide.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au plus %1 caractères.</source>
        <translation>Dieses Feld darf höchstens %1 Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>FormFieldDelegate</name>
    <message>
        <source>(obligatoire)</source>
        <translation>(Pflichtfeld)</translation>
    </message>
    <message>
        <source>Pré-rempli : %1</source>
        <translation>Vorausgefüllt: %1</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Date au format jour/mois/année</source>
        <translation>Datum im Format Tag.Monat.Jahr</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être joint à la borne : demandez à un agent de l&apos;accueil, ou faites la demande depuis chez vous.</source>
        <translation>Dieses Dokument kann am Terminal nicht beigefügt werden: Fragen Sie einen Mitarbeiter am Empfang, oder stellen Sie den Antrag von zu Hause aus.</translation>
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
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Formulaire</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Chargement du formulaire…</source>
        <translation>Formular wird geladen…</translation>
    </message>
    <message>
        <source>Aucun formulaire ouvert.</source>
        <translation>Kein Formular geöffnet.</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : ce formulaire est la dernière version connue.</source>
        <translation>Die Stadt antwortet nicht: Dieses Formular ist die zuletzt bekannte Version.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2 : %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) à corriger sur cette page :</source>
        <translation>
            <numerusform>%n Problem auf dieser Seite zu beheben:</numerusform>
            <numerusform>%n Probleme auf dieser Seite zu beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Aller au champ</source>
        <translation>Zum Feld</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Meinen Antrag prüfen</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Weiter</translation>
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
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Réponse affichée</source>
        <translation>Antwort angezeigt</translation>
    </message>
    <message>
        <source>Touchez pour lire la réponse</source>
        <translation>Tippen Sie, um die Antwort zu lesen</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>Votre session se termine dans %n seconde(s). Tout ce que vous avez encodé sera effacé.</source>
        <translation>
            <numerusform>Ihre Sitzung endet in %n Sekunde. Alles, was Sie eingegeben haben, wird gelöscht.</numerusform>
            <numerusform>Ihre Sitzung endet in %n Sekunden. Alles, was Sie eingegeben haben, wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>J&apos;ai besoin de plus de temps</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Mit Benutzernamen anmelden</translation>
    </message>
    <message>
        <source>Saisissez votre adresse e-mail et votre mot de passe.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Mot de passe oublié ?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Retenir mon adresse e-mail sur cet ordinateur</source>
        <translation>Meine E-Mail-Adresse auf diesem Computer speichern</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n s.</source>
        <translation>
            <numerusform>Zu viele Versuche: Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele Versuche: Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Pas encore de compte ? Inscrivez-vous</source>
        <translation>Noch kein Konto? Registrieren Sie sich</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Schalter der Stadt %1</translation>
    </message>
    <message>
        <source>Carte retirée : votre session est terminée et vos données ont été effacées.</source>
        <translation>Karte entfernt: Ihre Sitzung ist beendet und Ihre Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Votre session est terminée et vos données ont été effacées.</source>
        <translation>Ihre Sitzung ist beendet und Ihre Daten wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Mes demandes</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Choisissez une demande pour voir son historique.</source>
        <translation>Wählen Sie einen Vorgang, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Terminées</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande en cours.</source>
        <translation>Sie haben keine laufenden Vorgänge.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande terminée.</source>
        <translation>Sie haben keine abgeschlossenen Vorgänge.</translation>
    </message>
    <message>
        <source>N° %1 · envoyée le %2</source>
        <translation>Nr. %1 · gesendet am %2</translation>
    </message>
    <message>
        <source>à payer : %1</source>
        <translation>zu zahlen: %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Au moins %1 types de caractères parmi les suivants</source>
        <translation>Mindestens %1 der folgenden Zeichenarten</translation>
    </message>
    <message>
        <source>minuscules (abc…)</source>
        <translation>Kleinbuchstaben (abc…)</translation>
    </message>
    <message>
        <source>majuscules (ABC…)</source>
        <translation>Großbuchstaben (ABC…)</translation>
    </message>
    <message>
        <source>chiffres (123…)</source>
        <translation>Ziffern (123…)</translation>
    </message>
    <message>
        <source>ponctuation (!?#…)</source>
        <translation>Satzzeichen (!?#…)</translation>
    </message>
</context>
<context>
    <name>PasswordResetPage</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos an: Die Stadt sendet Ihnen einen Link, um ein neues Passwort zu wählen.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Envoyer le lien</source>
        <translation>Link senden</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Préparation du paiement…</source>
        <translation>Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Effectuez le virement avec la communication structurée indiquée.</source>
        <translation>Führen Sie die Überweisung mit der angegebenen strukturierten Mitteilung aus.</translation>
    </message>
    <message>
        <source>Scannez le code QR avec votre smartphone pour payer.</source>
        <translation>Scannen Sie den QR-Code mit Ihrem Smartphone, um zu bezahlen.</translation>
    </message>
    <message>
        <source>Terminez le paiement dans la page du prestataire de paiement.</source>
        <translation>Schließen Sie die Zahlung auf der Seite des Zahlungsdienstleisters ab.</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès de la Ville…</source>
        <translation>Wir prüfen Ihre Zahlung bei der Stadt…</translation>
    </message>
    <message>
        <source>Votre paiement n&apos;est pas encore confirmé. Ne payez pas une seconde fois : nous continuerons à vérifier et vous recevrez un e-mail.</source>
        <translation>Ihre Zahlung ist noch nicht bestätigt. Zahlen Sie nicht ein zweites Mal: Wir prüfen weiter und Sie erhalten eine E-Mail.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Zahlung erhalten. Danke!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé par votre banque. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung wurde von Ihrer Bank abgelehnt. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Le délai de paiement est dépassé. Rien n&apos;a été débité.</source>
        <translation>Die Zahlungsfrist ist abgelaufen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu être créé. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung konnte nicht angelegt werden. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Ville de Namur</source>
        <translation>Stadt Namur</translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <source>Code PIN de votre carte</source>
        <translation>PIN Ihrer Karte</translation>
    </message>
    <message>
        <source>Tapez votre code PIN sur le clavier du lecteur de carte.</source>
        <translation>Geben Sie Ihre PIN auf der Tastatur des Kartenlesers ein.</translation>
    </message>
    <message>
        <source>Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».</source>
        <translation>Geben Sie Ihre PIN ein (4 bis 12 Ziffern) und dann „Bestätigen“.</translation>
    </message>
    <message>
        <source>Connexion en cours. Laissez la carte dans le lecteur.</source>
        <translation>Anmeldung läuft. Lassen Sie die Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>La connexion avec votre carte n&apos;a pas abouti.</source>
        <translation>Die Anmeldung mit Ihrer Karte ist nicht gelungen.</translation>
    </message>
    <message>
        <source>Essais restants : %1</source>
        <translation>Verbleibende Versuche: %1</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Eine Ziffer löschen</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité électronique (Registre national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-vous à l&apos;administration communale de votre domicile pour les faire corriger.</source>
        <translation>Diese Angaben stammen von Ihrem elektronischen Personalausweis (Nationalregister) und können hier nicht geändert werden. Sind sie falsch, wenden Sie sich an die Gemeindeverwaltung Ihres Wohnortes, um sie berichtigen zu lassen.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Rue et numéro</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Compte bancaire (IBAN)</source>
        <translation>Bankkonto (IBAN)</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Mon profil</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Vos coordonnées pré-remplissent les formulaires.</source>
        <translation>Ihre Angaben füllen die Formulare vor.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir votre profil.</source>
        <translation>Melden Sie sich an, um Ihr Profil zu sehen.</translation>
    </message>
    <message>
        <source>Modifier mes données</source>
        <translation>Meine Daten ändern</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Modifier votre adresse ici ne remplace pas la déclaration de changement d&apos;adresse à la commune.</source>
        <translation>Die Änderung Ihrer Adresse hier ersetzt nicht die Ummeldung bei der Gemeinde.</translation>
    </message>
    <message>
        <source>Adresse e-mail de connexion : %1</source>
        <translation>E-Mail-Adresse für die Anmeldung: %1</translation>
    </message>
    <message>
        <source>Modifier l&apos;adresse e-mail</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>Nouvelle adresse e-mail</source>
        <translation>Neue E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Envoyer le lien de confirmation</source>
        <translation>Bestätigungslink senden</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Carte (Bancontact/Maestro, Visa, Mastercard)</source>
        <translation>Karte (Bancontact/Maestro, Visa, Mastercard)</translation>
    </message>
    <message>
        <source>Code QR (smartphone)</source>
        <translation>QR-Code (Smartphone)</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Zahlungsterminal</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Moyen de paiement</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Strukturierte Mitteilung</translation>
    </message>
    <message>
        <source>Reçu de paiement</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <source>Conservez ce reçu. Il ne contient aucune donnée de votre carte.</source>
        <translation>Bewahren Sie diesen Beleg auf. Er enthält keine Daten Ihrer Karte.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Créer un compte</source>
        <translation>Ein Konto anlegen</translation>
    </message>
    <message>
        <source>Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d&apos;activation.</source>
        <translation>Wählen Sie Ihre E-Mail-Adresse und ein Passwort. Die Stadt sendet Ihnen dann eine Aktivierungs-E-Mail.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Règles du mot de passe</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Respectée : </source>
        <translation>Erfüllt: </translation>
    </message>
    <message>
        <source>Pas encore respectée : </source>
        <translation>Noch nicht erfüllt: </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Mein Konto anlegen</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1 par no-reply@namur.be. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Eine Aktivierungs-E-Mail wurde von no-reply@namur.be an %1 gesendet. Öffnen Sie den enthaltenen Link und melden Sie sich dann an. Finden Sie sie nicht? Sehen Sie im Ordner für unerwünschte E-Mails (Spam) nach.</translation>
    </message>
    <message>
        <source>Renvoyer l&apos;e-mail d&apos;activation</source>
        <translation>Aktivierungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</source>
        <translation>Dieses Formular kann im Moment nicht angezeigt werden. Versuchen Sie es später erneut oder wenden Sie sich an die Gemeindeverwaltung.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</source>
        <translation>Der Antrag konnte auf diesem Computer nicht gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Demande %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Aucun historique à afficher.</source>
        <translation>Kein Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Téléchargement…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Le document s&apos;ouvre dans votre lecteur de PDF.</source>
        <translation>Das Dokument wird in Ihrem PDF-Betrachter geöffnet.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert sur cet appareil.</source>
        <translation>Das Dokument konnte auf diesem Gerät nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Meinen Antrag prüfen</translation>
    </message>
    <message>
        <source>Relisez votre demande, acceptez l&apos;utilisation de vos données puis envoyez-la.</source>
        <translation>Lesen Sie Ihren Antrag noch einmal, stimmen Sie der Nutzung Ihrer Daten zu und senden Sie ihn ab.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Les données marquées « carte d&apos;identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>Die mit „Personalausweis“ gekennzeichneten Daten (Name, Vornamen, Nationalregisternummer, Geburtsdatum, Adresse) wurden von Ihrer Karte gelesen und überprüft. Sie dienen ausschließlich der Bearbeitung dieses Antrags durch die Verwaltung der Stadt %1 und werden an niemanden sonst weitergegeben.</translation>
    </message>
    <message>
        <source>Les données de cette demande servent uniquement à la traiter par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>Die Daten dieses Antrags dienen ausschließlich seiner Bearbeitung durch die Verwaltung der Stadt %1 und werden an niemanden sonst weitergegeben.</translation>
    </message>
    <message>
        <source>J&apos;accepte que ces données soient utilisées pour traiter ma demande</source>
        <translation>Ich stimme zu, dass diese Daten zur Bearbeitung meines Antrags verwendet werden</translation>
    </message>
    <message>
        <source>Envoi en cours…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Envoyer la demande</source>
        <translation>Antrag senden</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Démarche</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;est pas disponible.</source>
        <translation>Dieser Antrag ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1, plus selon le motif et le nombre d&apos;exemplaires</source>
        <translation>%1, zuzüglich je nach Grund und Anzahl der Exemplare</translation>
    </message>
    <message>
        <source>Gratuit ou selon le motif : le montant exact s&apos;affiche avant l&apos;envoi</source>
        <translation>Kostenlos oder je nach Grund: Der genaue Betrag wird vor dem Senden angezeigt</translation>
    </message>
    <message>
        <source>Ce qu&apos;il vous faut</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>Votre carte d&apos;identité et son code PIN</source>
        <translation>Ihr Personalausweis und sein PIN-Code</translation>
    </message>
    <message>
        <source>Rien : accessible à tous</source>
        <translation>Nichts: für alle zugänglich</translation>
    </message>
    <message>
        <source>Un compte (adresse e-mail et mot de passe) ou votre carte d&apos;identité</source>
        <translation>Ein Konto (E-Mail-Adresse und Passwort) oder Ihr Personalausweis</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Par la poste ou à retirer à l&apos;administration ; le document signé apparaît aussi dans « Mes demandes »</source>
        <translation>Per Post oder bei der Verwaltung abzuholen; das unterzeichnete Dokument erscheint auch unter „Meine Anträge“</translation>
    </message>
    <message>
        <source>Tout de suite, sur cet appareil</source>
        <translation>Sofort, auf diesem Gerät</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Par un agent de la Ville, qui recherche l&apos;acte dans les archives : comptez quelques jours</source>
        <translation>Durch einen Mitarbeiter der Stadt, der die Urkunde im Archiv sucht: Rechnen Sie mit einigen Tagen</translation>
    </message>
    <message>
        <source>Tout de suite, automatiquement</source>
        <translation>Sofort, automatisch</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec la carte d&apos;identité.</source>
        <translation>Für diesen Antrag ist eine Anmeldung mit dem Personalausweis erforderlich.</translation>
    </message>
    <message>
        <source>Commencer la démarche</source>
        <translation>Antrag beginnen</translation>
    </message>
</context>
<context>
    <name>SpokenGuide</name>
    <message>
        <source>Guidage vocal activé.</source>
        <translation>Sprachführung eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Schalter der Stadt %1</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Stecken Sie Ihren Personalausweis ein</translation>
    </message>
    <message>
        <source>Le lecteur se trouve sous l&apos;écran. Gardez la carte dans le lecteur jusqu&apos;à la fin.</source>
        <translation>Das Lesegerät befindet sich unter dem Bildschirm. Lassen Sie die Karte bis zum Ende im Lesegerät.</translation>
    </message>
    <message>
        <source>Placez votre carte dans le lecteur relié à cet ordinateur.</source>
        <translation>Stecken Sie Ihre Karte in das an diesen Computer angeschlossene Lesegerät.</translation>
    </message>
    <message>
        <source>ou</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Mit Benutzernamen anmelden</translation>
    </message>
    <message>
        <source>Connexion avec une adresse e-mail et un mot de passe</source>
        <translation>Anmeldung mit E-Mail-Adresse und Passwort</translation>
    </message>
    <message>
        <source>Grands caractères</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Guidage vocal</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre, les instructions et les erreurs de chaque écran</source>
        <translation>Liest Titel, Anweisungen und Fehler jedes Bildschirms vor</translation>
    </message>
    <message>
        <source>Diagnostic : lecteur, carte et connexion</source>
        <translation>Diagnose: Lesegerät, Karte und Verbindung</translation>
    </message>
</context>
</TS>
