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
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams.</source>
        <translation>Wenn Sie sie nicht finden, sehen Sie in Ihrem Spam-Ordner nach.</translation>
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
    <message>
        <source>Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera demandé à nouveau.</source>
        <translation>Die Zeit für die Anmeldung ist abgelaufen. Beginnen Sie erneut: Ihre PIN wird noch einmal abgefragt.</translation>
    </message>
    <message>
        <source>La Ville n&apos;a pas pu vérifier votre carte d&apos;identité. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>Die Stadt konnte Ihren Personalausweis nicht prüfen. Wenden Sie sich an Ihre Gemeinde, wenn dies erneut geschieht.</translation>
    </message>
    <message>
        <source>Cette carte d&apos;identité a été révoquée (perdue, volée ou remplacée) : elle ne permet plus de se connecter. Adressez-vous à votre commune.</source>
        <translation>Dieser Personalausweis wurde widerrufen (verloren, gestohlen oder ersetzt): Eine Anmeldung damit ist nicht mehr möglich. Wenden Sie sich an Ihre Gemeinde.</translation>
    </message>
    <message>
        <source>La Ville ne peut pas vérifier pour l&apos;instant que votre carte d&apos;identité est toujours valable. Réessayez dans quelques minutes.</source>
        <translation>Die Stadt kann derzeit nicht prüfen, ob Ihr Personalausweis noch gültig ist. Versuchen Sie es in einigen Minuten erneut.</translation>
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
        <translation>Ihre Karte wurde gelesen und die Daten wurden überprüft.</translation>
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
    <message>
        <source>Paiement en cours</source>
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <source>À payer : %1</source>
        <translation>Zu zahlen: %1</translation>
    </message>
    <message>
        <source>Votre paiement</source>
        <translation>Ihre Zahlung</translation>
    </message>
    <message>
        <source>Payer vos demandes</source>
        <translation>Ihre Anträge bezahlen</translation>
    </message>
</context>
<context>
    <name>CitySetup</name>
    <message>
        <source>Cette ville n&apos;est pas dans la liste.</source>
        <translation>Diese Stadt steht nicht in der Liste.</translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https:// (par exemple https://eguichet.ville.be/v1).</source>
        <translation>Die Adresse muss mit https:// beginnen (zum Beispiel https://eguichet.ville.be/v1).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la ville.</source>
        <translation>Geben Sie den Namen der Stadt ein.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le choix dans %1.</source>
        <translation>Die Auswahl konnte nicht in %1 gespeichert werden.</translation>
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
    <message>
        <source>Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.</source>
        <translation>Diese Leistung ist kostenpflichtig: %1. Die Stadt bearbeitet Ihren Antrag nach Eingang der Zahlung.</translation>
    </message>
    <message>
        <source>Payer maintenant (%1 avec vos autres demandes)</source>
        <translation>Jetzt bezahlen (%1 mit Ihren anderen Anträgen)</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Jetzt bezahlen</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Bestätigung speichern (PDF)</translation>
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
    <name>DocumentActions</name>
    <message>
        <source>Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à l&apos;administration communale.</source>
        <translation>Dieses Dokument kann nicht gelesen werden. Öffnen Sie es erneut oder wenden Sie sich an die Gemeindeverwaltung.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré dans %1.</source>
        <translation>Die Datei konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Aucune application ne peut ouvrir ce document sur cet ordinateur.</source>
        <translation>Keine Anwendung auf diesem Computer kann dieses Dokument öffnen.</translation>
    </message>
    <message>
        <source>Le document s&apos;ouvre dans votre lecteur de PDF.</source>
        <translation>Das Dokument wird in Ihrem PDF-Betrachter geöffnet.</translation>
    </message>
    <message>
        <source>Aucune demande n&apos;a été envoyée : il n&apos;y a pas de reçu.</source>
        <translation>Es wurde kein Antrag gesendet: Es gibt keine Bestätigung.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Bestätigung gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewerPage</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Page %1 sur %2. Touches Page suivante et Page précédente pour changer de page, plus et moins pour le zoom.</source>
        <translation>Seite %1 von %2. Tasten Bild ab und Bild auf zum Blättern, Plus und Minus zum Zoomen.</translation>
    </message>
    <message>
        <source>Aucun document ouvert.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Dieses Dokument kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Vorherige Seite</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Nächste Seite ›</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Volle Breite</translation>
    </message>
    <message>
        <source>%1, page %2 sur %3</source>
        <translation>%1, Seite %2 von %3</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Ouvrir avec une autre application</source>
        <translation>Mit einer anderen Anwendung öffnen</translation>
    </message>
</context>
<context>
    <name>EidConsentPage</name>
    <message>
        <source>Votre carte et votre compte</source>
        <translation>Ihr Ausweis und Ihr Konto</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.</source>
        <translation>Sie melden sich zum ersten Mal mit Ihrem Ausweis an: Ein e-Schalter-Konto wird auf Ihren Namen erstellt.</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.</source>
        <translation>Sie melden sich zum ersten Mal mit Ihrem Ausweis an: Er wird mit Ihrem bestehenden e-Schalter-Konto verknüpft.</translation>
    </message>
    <message>
        <source>Pour vous connecter avec votre carte, l&apos;e-Guichet envoie à la Ville de %1 des données de votre carte.</source>
        <translation>Für die Anmeldung mit Ihrem Ausweis sendet der e-Schalter Daten Ihres Ausweises an die Stadt %1.</translation>
    </message>
    <message>
        <source>Données lues sur votre carte et envoyées à la Ville :</source>
        <translation>Daten, die von Ihrem Ausweis gelesen und an die Stadt gesendet werden:</translation>
    </message>
    <message>
        <source>Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe.</source>
        <translation>Identität: Name, Vornamen, Nationalregisternummer, Geburtsdatum und -ort, Staatsangehörigkeit, Geschlecht.</translation>
    </message>
    <message>
        <source>Adresse : rue et numéro, code postal, commune.</source>
        <translation>Adresse: Straße und Hausnummer, Postleitzahl, Gemeinde.</translation>
    </message>
    <message>
        <source>Le certificat de votre carte qui prouve que c&apos;est bien vous, et la signature du Registre national sur ces données.</source>
        <translation>Das Zertifikat Ihres Ausweises, das beweist, dass Sie es sind, und die Signatur des Nationalregisters über diese Daten.</translation>
    </message>
    <message>
        <source>Votre photo n&apos;est ni envoyée ni conservée.</source>
        <translation>Ihr Foto wird weder gesendet noch gespeichert.</translation>
    </message>
    <message>
        <source>Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l&apos;e-Guichet.</source>
        <translation>Warum: um Sie sicher zu identifizieren, Ihre Anträge mit Ihrem Konto zu verknüpfen und Ihre Formulare vorauszufüllen. Diese Daten stammen aus dem Nationalregister: Sie können im e-Schalter nicht geändert werden.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.</source>
        <translation>Wenn Sie ablehnen, wird kein Konto erstellt und nichts gespeichert. Nach Ihrer Sitzung bleibt nichts Persönliches auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.</source>
        <translation>Wenn Sie ablehnen, wird kein Konto erstellt und nichts gespeichert. Sie können sich auch mit einer E-Mail-Adresse anmelden.</translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>J&apos;accepte</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <source>Envoie ces données à la Ville et ouvre votre compte</source>
        <translation>Sendet diese Daten an die Stadt und öffnet Ihr Konto</translation>
    </message>
    <message>
        <source>Je refuse</source>
        <translation>Ich lehne ab</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est créé, rien n&apos;est conservé</source>
        <translation>Es wird kein Konto erstellt, nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Neu beginnen</translation>
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
    <name>FirstRunPage</name>
    <message>
        <source>Choisissez votre ville</source>
        <translation>Wählen Sie Ihre Stadt</translation>
    </message>
    <message>
        <source>Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.</source>
        <translation>Mit welcher Stadt möchten Sie Ihre Anträge erledigen? Diese Auswahl wird für die nächsten Male gespeichert.</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Stadt %1</translation>
    </message>
    <message>
        <source>La liste des villes n&apos;a pas pu être vérifiée : indiquez l&apos;adresse de l&apos;e-Guichet de votre ville.</source>
        <translation>Die Liste der Städte konnte nicht geprüft werden: Geben Sie die Adresse des e-Schalters Ihrer Stadt ein.</translation>
    </message>
    <message>
        <source>Votre ville n&apos;est pas dans la liste ? Indiquez l&apos;adresse que la Ville vous a communiquée.</source>
        <translation>Steht Ihre Stadt nicht in der Liste? Geben Sie die Adresse ein, die Ihnen die Stadt mitgeteilt hat.</translation>
    </message>
    <message>
        <source>Nom de la ville</source>
        <translation>Name der Stadt</translation>
    </message>
    <message>
        <source>Adresse de l&apos;e-Guichet (https://…)</source>
        <translation>Adresse des e-Schalters (https://…)</translation>
    </message>
    <message>
        <source>Utiliser cette adresse</source>
        <translation>Diese Adresse verwenden</translation>
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
    <message>
        <source>Nous avons repris votre brouillon du %1.</source>
        <translation>Wir haben Ihren Entwurf vom %1 wieder aufgenommen.</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon.</source>
        <translation>Wir haben Ihren Entwurf wieder aufgenommen.</translation>
    </message>
    <message>
        <source>Recommencer avec un formulaire vide</source>
        <translation>Mit einem leeren Formular neu beginnen</translation>
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
    <name>KioskKeyboard</name>
    <message>
        <source>Masquer le clavier</source>
        <translation>Tastatur ausblenden</translation>
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
    <message>
        <source>Reprenez votre carte d&apos;identité.</source>
        <translation>Nehmen Sie Ihren Personalausweis wieder an sich.</translation>
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
    <name>OutOfServicePage</name>
    <message>
        <source>Hors service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Ce poste est hors service. Adressez-vous à l&apos;accueil.</source>
        <translation>Dieses Terminal ist außer Betrieb. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.</source>
        <translation>Für das Personal: Die Konfiguration dieses Terminals ist unvollständig. Korrigieren Sie sie und starten Sie das Terminal neu.</translation>
    </message>
    <message>
        <source>Vérification : eguichet --check-config ; détail : eguichet --print-config</source>
        <translation>Prüfung: eguichet --check-config; Details: eguichet --print-config</translation>
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
    <name>PaymentBasketPage</name>
    <message>
        <source>À payer</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez rien à payer pour le moment.</source>
        <translation>Sie haben im Moment nichts zu zahlen.</translation>
    </message>
    <message>
        <source>Demande %1, %2 : %3</source>
        <translation>Antrag %1, %2: %3</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.</source>
        <translation>Eine Zahlung läuft bereits. Zahlen Sie nicht ein zweites Mal: Verfolgen Sie sie hier.</translation>
    </message>
    <message>
        <source>Voir le paiement en cours</source>
        <translation>Laufende Zahlung ansehen</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Erneut versuchen</translation>
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
        <source>Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la connexion et réessayez.</source>
        <translation>Die zu zahlenden Beträge können gerade nicht gelesen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir ce qu&apos;il reste à payer.</source>
        <translation>Melden Sie sich an, um zu sehen, was noch zu zahlen ist.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus. Réessayez plus tard.</source>
        <translation>Die zu zahlenden Beträge können nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Bestätigung gespeichert: %1</translation>
    </message>
    <message>
        <source>Le reçu n&apos;a pas pu être enregistré dans %1. Choisissez un autre emplacement.</source>
        <translation>Der Beleg konnte nicht in %1 gespeichert werden. Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>recu-paiement</source>
        <translation>zahlungsbeleg</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Stadt %1</translation>
    </message>
</context>
<context>
    <name>PaymentMethodPage</name>
    <message>
        <source>Moyen de paiement</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Choisissez comment payer %1.</source>
        <translation>Wählen Sie, wie Sie %1 bezahlen.</translation>
    </message>
    <message>
        <source>Carte bancaire sur le terminal</source>
        <translation>Bankkarte am Zahlungsterminal</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Bankkarte</translation>
    </message>
    <message>
        <source>Code QR avec votre smartphone</source>
        <translation>QR-Code mit Ihrem Smartphone</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l&apos;écran : suivez ses instructions.</source>
        <translation>Bancontact/Maestro, Visa oder Mastercard am Zahlungsterminal neben dem Bildschirm: Folgen Sie seinen Anweisungen.</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s&apos;ouvre dans votre navigateur.</source>
        <translation>Bancontact/Maestro, Visa oder Mastercard, auf der gesicherten Seite des Zahlungsdienstleisters, die sich in Ihrem Browser öffnet.</translation>
    </message>
    <message>
        <source>Scannez le code avec l&apos;application de votre banque ou l&apos;appareil photo de votre smartphone, puis payez sur votre téléphone.</source>
        <translation>Scannen Sie den Code mit der App Ihrer Bank oder der Kamera Ihres Smartphones und bezahlen Sie dann auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.</source>
        <translation>Mit der strukturierten Mitteilung. Eine Überweisung dauert einige Tage: Der Antrag wird nach ihrem Eingang bearbeitet.</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Zu zahlender Betrag: %1</translation>
    </message>
    <message>
        <source>Vous ne tapez jamais votre numéro de carte dans l&apos;e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.</source>
        <translation>Ihre Kartennummer geben Sie nie im e-Schalter ein: Die Zahlung erfolgt beim Zahlungsdienstleister der Stadt.</translation>
    </message>
</context>
<context>
    <name>PaymentResultPage</name>
    <message>
        <source>Paiement</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Paiement reçu</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <source>Paiement refusé</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <source>Paiement annulé</source>
        <translation>Zahlung abgebrochen</translation>
    </message>
    <message>
        <source>Délai de paiement dépassé</source>
        <translation>Zahlungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>Paiement non créé</source>
        <translation>Zahlung nicht angelegt</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».</source>
        <translation>Die Stadt bearbeitet jetzt Ihren Antrag. Sie erhalten bei jedem Schritt eine E-Mail; verfolgen Sie ihn unter „Meine Anträge“.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».</source>
        <translation>Sie können es mit einer anderen Karte erneut versuchen oder per Überweisung bezahlen. Ihr Antrag wartet unter „Zu zahlen“.</translation>
    </message>
    <message>
        <source>Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».</source>
        <translation>Sie können jetzt oder später bezahlen: Ihr Antrag wartet unter „Zu zahlen“.</translation>
    </message>
    <message>
        <source>Il n&apos;y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.</source>
        <translation>Vielleicht ist nichts mehr zu zahlen. Sehen Sie unter „Zu zahlen“ nach oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Bestätigung speichern (PDF)</translation>
    </message>
    <message>
        <source>Dans votre dossier Documents</source>
        <translation>In Ihrem Ordner Dokumente</translation>
    </message>
    <message>
        <source>Choisir où enregistrer le reçu…</source>
        <translation>Speicherort für den Beleg wählen…</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Jetzt bezahlen</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Enregistrer le reçu</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentTransferPage</name>
    <message>
        <source>Payer par virement</source>
        <translation>Per Überweisung bezahlen</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Strukturierte Mitteilung</translation>
    </message>
    <message>
        <source>Ou scannez ce code avec l&apos;application de votre banque : tout est rempli, communication comprise.</source>
        <translation>Oder scannen Sie diesen Code mit der App Ihrer Bank: Alles ist ausgefüllt, auch die Mitteilung.</translation>
    </message>
    <message>
        <source>Code QR du virement (EPC)</source>
        <translation>QR-Code der Überweisung (EPC)</translation>
    </message>
    <message>
        <source>Un virement prend quelques jours. Indiquez bien la communication structurée : c&apos;est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l&apos;aura reçu.</source>
        <translation>Eine Überweisung dauert einige Tage. Geben Sie unbedingt die strukturierte Mitteilung an: Sie verbindet Ihre Zahlung mit Ihrem Antrag. Sie erhalten eine E-Mail, sobald die Stadt sie erhalten hat.</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Zurück zur Startseite</translation>
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
        <translation>Zahlung läuft</translation>
    </message>
    <message>
        <source>Montant : %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Code QR de paiement</source>
        <translation>Zahlungs-QR-Code</translation>
    </message>
    <message>
        <source>La page de paiement s&apos;est ouverte dans votre navigateur. Après le paiement, revenez ici : l&apos;e-Guichet suit le paiement auprès de la Ville.</source>
        <translation>Die Zahlungsseite wurde in Ihrem Browser geöffnet. Kommen Sie nach der Zahlung hierher zurück: Der e-Schalter verfolgt die Zahlung bei der Stadt.</translation>
    </message>
    <message>
        <source>Gardez cet écran ouvert pendant le paiement sur votre téléphone.</source>
        <translation>Lassen Sie diesen Bildschirm offen, während Sie auf Ihrem Telefon bezahlen.</translation>
    </message>
    <message>
        <source>Le terminal de paiement se trouve à côté de l&apos;écran. Votre carte n&apos;est jamais lue par l&apos;e-Guichet.</source>
        <translation>Das Zahlungsterminal befindet sich neben dem Bildschirm. Ihre Karte wird nie vom e-Guichet gelesen.</translation>
    </message>
    <message>
        <source>Rouvrir la page de paiement</source>
        <translation>Zahlungsseite erneut öffnen</translation>
    </message>
    <message>
        <source>Si vous avez fermé le navigateur avant de payer</source>
        <translation>Wenn Sie den Browser vor dem Bezahlen geschlossen haben</translation>
    </message>
    <message>
        <source>Annuler le paiement</source>
        <translation>Zahlung abbrechen</translation>
    </message>
    <message>
        <source>Arrête le terminal de paiement ; rien n&apos;est débité.</source>
        <translation>Hält das Zahlungsterminal an; nichts wird abgebucht.</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Le paiement continue d&apos;être suivi ; son état reste visible sur l&apos;accueil.</source>
        <translation>Die Zahlung wird weiter verfolgt; ihr Stand bleibt auf der Startseite sichtbar.</translation>
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
    <message>
        <source>Présentez-vous à l&apos;administration communale avec votre carte d&apos;identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l&apos;avez encore.</source>
        <translation>Gehen Sie mit Ihrem Personalausweis zur Gemeindeverwaltung: Dort erhalten Sie eine neue PIN. Bewahren Sie den Brief mit Ihrer PIN und PUK auf, falls Sie ihn noch haben.</translation>
    </message>
    <message>
        <source>En attendant, le personnel du guichet peut vous aider.</source>
        <translation>In der Zwischenzeit kann Ihnen das Schalterpersonal helfen.</translation>
    </message>
    <message>
        <source>En attendant, vous pouvez vous connecter avec une adresse e-mail.</source>
        <translation>In der Zwischenzeit können Sie sich mit einer E-Mail-Adresse anmelden.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Demande à nouveau le code PIN</source>
        <translation>Fragt erneut nach der PIN</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Se connecter avec une adresse e-mail</source>
        <translation>Mit einer E-Mail-Adresse anmelden</translation>
    </message>
</context>
<context>
    <name>PrintMessages</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Le document est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Das Dokument ist gedruckt. Nehmen Sie es am Drucker.</translation>
    </message>
    <message>
        <source>Votre reçu est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Ihre Quittung ist gedruckt. Nehmen Sie sie am Drucker.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est disponible.</source>
        <translation>Es ist kein Drucker verfügbar.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : rien n&apos;a été imprimé.</source>
        <translation>Der Drucker hat kein Papier mehr: Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée : rien n&apos;a été imprimé.</source>
        <translation>Der Drucker ist angehalten: Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>L&apos;imprimante refuse les impressions pour le moment : rien n&apos;a été imprimé.</source>
        <translation>Der Drucker nimmt zurzeit keine Druckaufträge an: Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>L&apos;impression a échoué.</source>
        <translation>Der Druck ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas terminé l&apos;impression à temps : elle a été annulée.</source>
        <translation>Der Drucker hat den Druck nicht rechtzeitig abgeschlossen: Der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans « Mes demandes ».</source>
        <translation>Ihr Antrag ist gespeichert: Versuchen Sie es erneut oder finden Sie die Quittung unter „Meine Anträge“.</translation>
    </message>
    <message>
        <source>Votre paiement est bien enregistré : réessayez, demandez le reçu à l&apos;accueil ou retrouvez-le dans « Mes demandes ».</source>
        <translation>Ihre Zahlung ist gespeichert: Versuchen Sie es erneut, fragen Sie am Empfang nach der Quittung oder finden Sie sie unter „Meine Anträge“.</translation>
    </message>
    <message>
        <source>Le document reste disponible : réessayez, ou retrouvez-le dans « Mes demandes » ou à l&apos;accueil.</source>
        <translation>Das Dokument bleibt verfügbar: Versuchen Sie es erneut oder finden Sie es unter „Meine Anträge“ oder am Empfang.</translation>
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
    <message>
        <source>Votre mot de passe actuel</source>
        <translation>Ihr aktuelles Passwort</translation>
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
        <translation>Überweisung</translation>
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
        <translation>Zahlungsart</translation>
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
        <source>Renvoyer l&apos;e-mail d&apos;activation</source>
        <translation>Aktivierungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1 par %2. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Eine Aktivierungs-E-Mail wurde von %2 an %1 gesendet. Öffnen Sie den darin enthaltenen Link und melden Sie sich dann an. Sie finden sie nicht? Sehen Sie im Spam-Ordner nach.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Eine Aktivierungs-E-Mail wurde an %1 gesendet. Öffnen Sie den darin enthaltenen Link und melden Sie sich dann an. Sie finden sie nicht? Sehen Sie im Spam-Ordner nach.</translation>
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
    <message>
        <source>Votre demande n&apos;a pas encore pu être envoyée à la Ville. Elle reste enregistrée ici pour votre compte seulement et sera envoyée lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Ihr Antrag konnte noch nicht an die Stadt gesendet werden. Er bleibt hier nur für Ihr Konto gespeichert und wird bei Ihrer nächsten Anmeldung an diesem Gerät gesendet.</translation>
    </message>
    <message>
        <source>Vos %1 demandes n&apos;ont pas encore pu être envoyées à la Ville. Elles restent enregistrées ici pour votre compte seulement et seront envoyées lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Ihre %1 Anträge konnten noch nicht an die Stadt gesendet werden. Sie bleiben hier nur für Ihr Konto gespeichert und werden bei Ihrer nächsten Anmeldung an diesem Gerät gesendet.</translation>
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
        <source>Le document n&apos;a pas pu être ouvert sur cet appareil.</source>
        <translation>Das Dokument konnte auf diesem Gerät nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>RequestReceipt</name>
    <message>
        <source>Ville de %1</source>
        <translation>Stadt %1</translation>
    </message>
    <message>
        <source>Accusé de réception de votre demande</source>
        <translation>Eingangsbestätigung Ihres Antrags</translation>
    </message>
    <message>
        <source>Démarche : %1</source>
        <translation>Antrag: %1</translation>
    </message>
    <message>
        <source>Numéro de la demande : %1</source>
        <translation>Antragsnummer: %1</translation>
    </message>
    <message>
        <source>Reçue le : %1</source>
        <translation>Eingegangen am: %1</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Zu zahlender Betrag: %1</translation>
    </message>
    <message>
        <source>La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer dans « Mes demandes ».</source>
        <translation>Die Stadt bearbeitet Ihren Antrag, sobald die Zahlung eingegangen ist. Sie können unter „Meine Anträge“ bezahlen.</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande.</source>
        <translation>Die Stadt bearbeitet jetzt Ihren Antrag.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses documents dans « Mes demandes » de l&apos;e-Guichet, avec ce numéro.</source>
        <translation>Sie erhalten bei jedem Schritt eine E-Mail. Verfolgen Sie Ihren Antrag und finden Sie seine Dokumente unter „Meine Anträge“ im e-Schalter, mit dieser Nummer.</translation>
    </message>
    <message>
        <source>Ce reçu ne contient aucune donnée de votre carte d&apos;identité.</source>
        <translation>Diese Bestätigung enthält keine Daten Ihres Personalausweises.</translation>
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
    <message>
        <source>Montant à payer à la Ville : %1</source>
        <translation>An die Stadt zu zahlender Betrag: %1</translation>
    </message>
    <message>
        <source>Cette démarche est gratuite.</source>
        <translation>Dieser Antrag ist kostenlos.</translation>
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
        <translation>Sprachführung eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>Tapez votre code secret sur le terminal de paiement.</source>
        <translation>Geben Sie Ihre PIN am Zahlungsterminal ein.</translation>
    </message>
    <message>
        <source>Autorisation en cours… Ne retirez pas votre carte.</source>
        <translation>Autorisierung läuft… Entfernen Sie Ihre Karte nicht.</translation>
    </message>
    <message>
        <source>Présentez ou insérez votre carte dans le terminal de paiement.</source>
        <translation>Halten Sie Ihre Karte an das Zahlungsterminal oder stecken Sie sie ein.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. La Ville ne répond pas pour le moment : nous réessayons. Ne payez pas une seconde fois.</source>
        <translation>Zahlung vom Terminal angenommen. Die Stadt antwortet im Moment nicht: Wir versuchen es erneut. Zahlen Sie kein zweites Mal.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. Enregistrement auprès de la Ville…</source>
        <translation>Zahlung vom Terminal angenommen. Erfassung bei der Stadt…</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès du terminal…</source>
        <translation>Wir prüfen Ihre Zahlung beim Terminal…</translation>
    </message>
    <message>
        <source>Le terminal n&apos;a pas confirmé le résultat du paiement. Ne payez pas une seconde fois : un agent vérifiera le journal du terminal.</source>
        <translation>Das Terminal hat das Ergebnis der Zahlung nicht bestätigt. Zahlen Sie kein zweites Mal: Ein Mitarbeiter prüft das Journal des Terminals.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Zahlung erhalten. Danke!</translation>
    </message>
    <message>
        <source>Le paiement a été refusé. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung wurde abgelehnt. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>Votre carte a été débitée, mais la Ville n&apos;a pas pu enregistrer le paiement. Gardez le ticket du terminal et adressez-vous à l&apos;accueil.</source>
        <translation>Ihre Karte wurde belastet, aber die Stadt konnte die Zahlung nicht erfassen. Bewahren Sie den Beleg des Terminals auf und wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu commencer. Rien n&apos;a été débité.</source>
        <translation>Die Zahlung konnte nicht beginnen. Es wurde nichts abgebucht.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont ensemble : indiquez les deux ou aucun.</source>
        <translation>Das Zertifikat des Geräts (api/client_cert) und sein Schlüssel (api/client_key) gehören zusammen: Geben Sie beide oder keines an.</translation>
    </message>
    <message>
        <source>Le certificat du poste %1 (api/client_cert) est introuvable ou illisible (PEM attendu).</source>
        <translation>Das Zertifikat des Geräts %1 (api/client_cert) fehlt oder ist unlesbar (PEM erwartet).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée PEM attendue).</source>
        <translation>Der Schlüssel des Geräts %1 (api/client_key) fehlt oder ist unlesbar (privater PEM-Schlüssel erwartet).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est lisible par d&apos;autres utilisateurs. Réservez-la à son propriétaire (chmod 600) puis redémarrez.</source>
        <translation>Der Schlüssel des Geräts %1 (api/client_key) ist für andere Benutzer lesbar. Beschränken Sie ihn auf seinen Eigentümer (chmod 600) und starten Sie neu.</translation>
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
    <message>
        <source>Une carte est restée dans le lecteur. Retirez-la et, si ce n&apos;est pas la vôtre, remettez-la à l&apos;accueil.</source>
        <translation>Im Lesegerät steckt noch eine Karte. Nehmen Sie sie heraus und geben Sie sie, wenn es nicht Ihre ist, am Empfang ab.</translation>
    </message>
</context>
</TS>
