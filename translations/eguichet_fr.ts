<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="fr_BE">
<context>
    <name>AccountController</name>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Trop de tentatives. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).</source>
        <translation>Si vous ne le trouvez pas, regardez dans vos spams (expéditeur : %1).</translation>
    </message>
    <message>
        <source>Le mot de passe ne respecte pas toutes les règles indiquées.</source>
        <translation>Le mot de passe ne respecte pas toutes les règles indiquées.</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Cliquez sur le lien qu&apos;il contient dans les %2 heures pour activer votre compte.</source>
        <translation>Un e-mail d&apos;activation a été envoyé à %1. Cliquez sur le lien qu&apos;il contient dans les %2 heures pour activer votre compte.</translation>
    </message>
    <message>
        <source>Si un compte en attente d&apos;activation existe pour %1, un nouvel e-mail d&apos;activation vient d&apos;y être envoyé.</source>
        <translation>Si un compte en attente d&apos;activation existe pour %1, un nouvel e-mail d&apos;activation vient d&apos;y être envoyé.</translation>
    </message>
    <message>
        <source>Si un compte existe pour %1, un e-mail avec un lien pour choisir un nouveau mot de passe vient d&apos;y être envoyé. Sans e-mail, l&apos;adresse du compte est peut-être erronée : créez alors un nouveau compte.</source>
        <translation>Si un compte existe pour %1, un e-mail avec un lien pour choisir un nouveau mot de passe vient d&apos;y être envoyé. Sans e-mail, l&apos;adresse du compte est peut-être erronée : créez alors un nouveau compte.</translation>
    </message>
    <message>
        <source>Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse deviendra votre identifiant dès que vous aurez cliqué sur le lien.</source>
        <translation>Un e-mail de confirmation a été envoyé à %1. Votre nouvelle adresse deviendra votre identifiant dès que vous aurez cliqué sur le lien.</translation>
    </message>
    <message>
        <source>Si vous ne le trouvez pas, regardez dans vos spams.</source>
        <translation>Si vous ne le trouvez pas, regardez dans vos spams.</translation>
    </message>
</context>
<context>
    <name>AdminExitDialog</name>
    <message>
        <source>Fermer la borne</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>Code administrateur</source>
        <translation>Code administrateur</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Code incorrect.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;est pas encore activé. Cliquez sur le lien reçu par e-mail (pensez à vérifier vos spams).</source>
        <translation>Votre compte n&apos;est pas encore activé. Cliquez sur le lien reçu par e-mail (pensez à vérifier vos spams).</translation>
    </message>
    <message>
        <source>Un compte existe déjà avec cette adresse e-mail.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité et ne peuvent pas être modifiées ici.</source>
        <translation>Ces informations viennent de votre carte d&apos;identité et ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec votre carte d&apos;identité.</source>
        <translation>Cette démarche demande une connexion avec votre carte d&apos;identité.</translation>
    </message>
    <message>
        <source>Vous avez déjà introduit cette demande.</source>
        <translation>Vous avez déjà introduit cette demande.</translation>
    </message>
    <message>
        <source>L&apos;application n&apos;est pas configurée pour joindre la Ville. Prévenez un agent.</source>
        <translation>L&apos;application n&apos;est pas configurée pour joindre la Ville. Prévenez un agent.</translation>
    </message>
    <message>
        <source>Impossible de joindre la Ville. Vérifiez votre connexion à Internet et réessayez.</source>
        <translation>Impossible de joindre la Ville. Vérifiez votre connexion à Internet et réessayez.</translation>
    </message>
    <message>
        <source>La Ville met trop de temps à répondre. Réessayez dans quelques instants.</source>
        <translation>La Ville met trop de temps à répondre. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>La connexion sécurisée avec la Ville n&apos;a pas pu être vérifiée. Pour votre sécurité, rien n&apos;a été envoyé.</source>
        <translation>La connexion sécurisée avec la Ville n&apos;a pas pu être vérifiée. Pour votre sécurité, rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Le service de la Ville rencontre un problème. Réessayez plus tard.</source>
        <translation>Le service de la Ville rencontre un problème. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>La réponse de la Ville est illisible. Réessayez plus tard.</source>
        <translation>La réponse de la Ville est illisible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Votre session a expiré. Veuillez vous reconnecter.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cette démarche.</source>
        <translation>Vous n&apos;avez pas accès à cette démarche.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas ou plus.</source>
        <translation>Cet élément n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <source>Cette opération est en conflit avec une autre.</source>
        <translation>Cette opération est en conflit avec une autre.</translation>
    </message>
    <message>
        <source>Les fichiers joints sont trop volumineux.</source>
        <translation>Les fichiers joints sont trop volumineux.</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Ce type de fichier n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Certains champs ne sont pas corrects. Vérifiez les messages indiqués.</source>
        <translation>Certains champs ne sont pas corrects. Vérifiez les messages indiqués.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans %1 s.</source>
        <translation>Trop de tentatives. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Trop de tentatives. Réessayez dans quelques instants.</source>
        <translation>Trop de tentatives. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être traitée.</source>
        <translation>La demande n&apos;a pas pu être traitée.</translation>
    </message>
    <message>
        <source>L&apos;opération a été annulée.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera demandé à nouveau.</source>
        <translation>Le délai de connexion est dépassé. Recommencez : votre code PIN vous sera demandé à nouveau.</translation>
    </message>
    <message>
        <source>La Ville n&apos;a pas pu vérifier votre carte d&apos;identité. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>La Ville n&apos;a pas pu vérifier votre carte d&apos;identité. Adressez-vous à votre commune si cela se reproduit.</translation>
    </message>
    <message>
        <source>Cette carte d&apos;identité a été révoquée (perdue, volée ou remplacée) : elle ne permet plus de se connecter. Adressez-vous à votre commune.</source>
        <translation>Cette carte d&apos;identité a été révoquée (perdue, volée ou remplacée) : elle ne permet plus de se connecter. Adressez-vous à votre commune.</translation>
    </message>
    <message>
        <source>La Ville ne peut pas vérifier pour l&apos;instant que votre carte d&apos;identité est toujours valable. Réessayez dans quelques minutes.</source>
        <translation>La Ville ne peut pas vérifier pour l&apos;instant que votre carte d&apos;identité est toujours valable. Réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>CardErrors</name>
    <message>
        <source>Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l&apos;ordinateur ou demandez de l&apos;aide au personnel.</source>
        <translation>Le service des lecteurs de cartes ne fonctionne pas. Redémarrez l&apos;ordinateur ou demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte n&apos;est branché.</source>
        <translation>Aucun lecteur de carte n&apos;est branché.</translation>
    </message>
    <message>
        <source>Aucune carte dans le lecteur.</source>
        <translation>Aucune carte dans le lecteur.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le lecteur jusqu&apos;à la fin.</source>
        <translation>La carte a été retirée pendant la lecture. Remettez-la et laissez-la dans le lecteur jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.</source>
        <translation>Le lecteur est utilisé par un autre programme. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.</source>
        <translation>La carte ne répond pas. Retirez-la et insérez-la à nouveau, puce en avant.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas une carte d&apos;identité belge.</source>
        <translation>Cette carte n&apos;est pas une carte d&apos;identité belge.</translation>
    </message>
    <message>
        <source>La carte n&apos;a pas pu être lue entièrement : elle est peut-être endommagée. Adressez-vous à votre commune.</source>
        <translation>La carte n&apos;a pas pu être lue entièrement : elle est peut-être endommagée. Adressez-vous à votre commune.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code PUK.</source>
        <translation>Le code PIN est bloqué. Il peut être débloqué à votre commune avec le code PUK.</translation>
    </message>
    <message>
        <source>La lecture de la carte a échoué. Retirez la carte et réessayez.</source>
        <translation>La lecture de la carte a échoué. Retirez la carte et réessayez.</translation>
    </message>
    <message>
        <source>Le certificat qui garantit les données de la carte a expiré. Les données ne seront pas utilisées. Adressez-vous à votre commune.</source>
        <translation>Le certificat qui garantit les données de la carte a expiré. Les données ne seront pas utilisées. Adressez-vous à votre commune.</translation>
    </message>
    <message>
        <source>Les données de la carte n&apos;ont pas pu être vérifiées : elles ne seront pas utilisées. Adressez-vous à votre commune si cela se reproduit.</source>
        <translation>Les données de la carte n&apos;ont pas pu être vérifiées : elles ne seront pas utilisées. Adressez-vous à votre commune si cela se reproduit.</translation>
    </message>
    <message>
        <source>Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le sur le clavier du lecteur.</source>
        <translation>Le lecteur a attendu votre code PIN trop longtemps. Recommencez et tapez-le sur le clavier du lecteur.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <source>Le code PIN tapé sur le lecteur n&apos;a pas la bonne longueur (4 à 12 chiffres).</source>
        <translation>Le code PIN tapé sur le lecteur n&apos;a pas la bonne longueur (4 à 12 chiffres).</translation>
    </message>
</context>
<context>
    <name>CardLoginSigner</name>
    <message numerus="yes">
        <source>Code PIN incorrect. Il vous reste %n essai(s).</source>
        <translation>
            <numerusform>Code PIN incorrect. Il vous reste %n essai.</numerusform>
            <numerusform>Code PIN incorrect. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardReadingPage</name>
    <message>
        <source>Lecture de votre carte</source>
        <translation>Lecture de votre carte</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Lecture en cours. Laissez la carte dans le lecteur.</source>
        <translation>Lecture en cours. Laissez la carte dans le lecteur.</translation>
    </message>
    <message>
        <source>Votre carte a été lue et ses données ont été vérifiées.</source>
        <translation>Votre carte a été lue et ses données ont été vérifiées.</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Insérez votre carte d&apos;identité</translation>
    </message>
    <message>
        <source>Progression de la lecture</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Signature de l&apos;identité</source>
        <translation>Signature de l&apos;identité</translation>
    </message>
    <message>
        <source>Signature de l&apos;adresse</source>
        <translation>Signature de l&apos;adresse</translation>
    </message>
    <message>
        <source>Empreinte de la photo</source>
        <translation>Empreinte de la photo</translation>
    </message>
    <message>
        <source>Certificat du Registre national</source>
        <translation>Certificat du Registre national</translation>
    </message>
    <message>
        <source>vérifié</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expiré</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>non valable</source>
        <translation>non valable</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Termine la session et efface les données lues</source>
        <translation>Termine la session et efface les données lues</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Vers vos démarches, vos demandes et votre profil</source>
        <translation>Vers vos démarches, vos demandes et votre profil</translation>
    </message>
    <message>
        <source>Se connecter avec ma carte</source>
        <translation>Se connecter avec ma carte</translation>
    </message>
    <message>
        <source>Demande le code PIN de votre carte</source>
        <translation>Demande le code PIN de votre carte</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <extracomment>A label and its value; French puts a space before the colon.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Démarches</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Choisissez une catégorie ou cherchez une démarche.</source>
        <translation>Choisissez une catégorie ou cherchez une démarche.</translation>
    </message>
    <message>
        <source>Rechercher une démarche</source>
        <translation>Rechercher une démarche</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : voici la dernière liste connue.</source>
        <translation>La Ville ne répond pas : voici la dernière liste connue.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Aucune démarche ne correspond.</source>
        <translation>Aucune démarche ne correspond.</translation>
    </message>
    <message>
        <source>À partir de %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <source>Prix selon le motif</source>
        <translation>Prix selon le motif</translation>
    </message>
    <message>
        <source>Document à télécharger</source>
        <translation>Document à télécharger</translation>
    </message>
    <message>
        <source>Lien vers un autre site</source>
        <translation>Lien vers un autre site</translation>
    </message>
</context>
<context>
    <name>CitizenHomePage</name>
    <message>
        <source>Votre e-Guichet</source>
        <translation>Votre e-Guichet</translation>
    </message>
    <message>
        <source>Choisissez : Démarches, Mes demandes, Mon profil ou Aide.</source>
        <translation>Choisissez : Démarches, Mes demandes, Mon profil ou Aide.</translation>
    </message>
    <message>
        <source>Bonjour %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Bonjour</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Demander un certificat, un acte, un document</source>
        <translation>Demander un certificat, un acte, un document</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Suivre vos demandes et leurs documents</source>
        <translation>Suivre vos demandes et leurs documents</translation>
    </message>
    <message>
        <source>Mon profil</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Vos coordonnées, qui pré-remplissent les formulaires</source>
        <translation>Vos coordonnées, qui pré-remplissent les formulaires</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Les réponses aux questions fréquentes</source>
        <translation>Les réponses aux questions fréquentes</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Termine la session et efface les données de cet appareil</source>
        <translation>Termine la session et efface les données de cet appareil</translation>
    </message>
    <message>
        <source>Paiement en cours</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <source>À payer : %1</source>
        <translation>À payer : %1</translation>
    </message>
    <message>
        <source>Votre paiement</source>
        <translation>Votre paiement</translation>
    </message>
    <message>
        <source>Payer vos demandes</source>
        <translation>Payer vos demandes</translation>
    </message>
</context>
<context>
    <name>CitySetup</name>
    <message>
        <source>Cette ville n&apos;est pas dans la liste.</source>
        <translation>Cette ville n&apos;est pas dans la liste.</translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https:// (par exemple https://eguichet.ville.be/v1).</source>
        <translation>L&apos;adresse doit commencer par https:// (par exemple https://eguichet.ville.be/v1).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la ville.</source>
        <translation>Indiquez le nom de la ville.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le choix dans %1.</source>
        <translation>Impossible d&apos;enregistrer le choix dans %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Demande envoyée</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Merci, votre demande a bien été reçue par la Ville.</source>
        <translation>Merci, votre demande a bien été reçue par la Ville.</translation>
    </message>
    <message>
        <source>Numéro de votre demande : %1</source>
        <translation>Numéro de votre demande : %1</translation>
    </message>
    <message>
        <source>Le numéro de votre demande apparaîtra dans « Mes demandes ».</source>
        <translation>Le numéro de votre demande apparaîtra dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».</source>
        <translation>Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.</source>
        <translation>Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.</translation>
    </message>
    <message>
        <source>Payer maintenant (%1 avec vos autres demandes)</source>
        <translation>Payer maintenant (%1 avec vos autres demandes)</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Payer maintenant</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Enregistrer le reçu (PDF)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Le serveur de la Ville répond.</source>
        <translation>Le serveur de la Ville répond.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>L&apos;état du lecteur de carte, de la carte et de la connexion à la Ville.</source>
        <translation>L&apos;état du lecteur de carte, de la carte et de la connexion à la Ville.</translation>
    </message>
    <message>
        <source>Lecteurs de carte</source>
        <translation>Lecteurs de carte</translation>
    </message>
    <message>
        <source>Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.</source>
        <translation>Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.</translation>
    </message>
    <message>
        <source>Carte : %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>service de carte indisponible</source>
        <translation>service de carte indisponible</translation>
    </message>
    <message>
        <source>pas de lecteur</source>
        <translation>pas de lecteur</translation>
    </message>
    <message>
        <source>aucune carte insérée</source>
        <translation>aucune carte insérée</translation>
    </message>
    <message>
        <source>lecture en cours</source>
        <translation>lecture en cours</translation>
    </message>
    <message>
        <source>lue et vérifiée</source>
        <translation>lue et vérifiée</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Serveur de la Ville</source>
        <translation>Serveur de la Ville</translation>
    </message>
    <message>
        <source>Aucune adresse de serveur configurée.</source>
        <translation>Aucune adresse de serveur configurée.</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Vérifier à nouveau</translation>
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
        <translation>Ce document ne peut pas être lu. Ouvrez-le à nouveau ou adressez-vous à l&apos;administration communale.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré dans %1.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Aucune application ne peut ouvrir ce document sur cet ordinateur.</source>
        <translation>Aucune application ne peut ouvrir ce document sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Le document s&apos;ouvre dans votre lecteur de PDF.</source>
        <translation>Le document s&apos;ouvre dans votre lecteur de PDF.</translation>
    </message>
    <message>
        <source>Aucune demande n&apos;a été envoyée : il n&apos;y a pas de reçu.</source>
        <translation>Aucune demande n&apos;a été envoyée : il n&apos;y a pas de reçu.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Reçu enregistré : %1</translation>
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
        <translation>Page %1 sur %2. Touches Page suivante et Page précédente pour changer de page, plus et moins pour le zoom.</translation>
    </message>
    <message>
        <source>Aucun document ouvert.</source>
        <translation>Aucun document ouvert.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Ce document ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Page précédente</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Page suivante ›</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>%1, page %2 sur %3</source>
        <translation>%1, page %2 sur %3</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Ouvrir avec une autre application</source>
        <translation>Ouvrir avec une autre application</translation>
    </message>
</context>
<context>
    <name>EidConsentPage</name>
    <message>
        <source>Votre carte et votre compte</source>
        <translation>Votre carte et votre compte</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.</source>
        <translation>Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.</translation>
    </message>
    <message>
        <source>Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.</source>
        <translation>Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.</translation>
    </message>
    <message>
        <source>Pour vous connecter avec votre carte, l&apos;e-Guichet envoie à la Ville de %1 des données de votre carte.</source>
        <translation>Pour vous connecter avec votre carte, l&apos;e-Guichet envoie à la Ville de %1 des données de votre carte.</translation>
    </message>
    <message>
        <source>Données lues sur votre carte et envoyées à la Ville :</source>
        <translation>Données lues sur votre carte et envoyées à la Ville :</translation>
    </message>
    <message>
        <source>Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe.</source>
        <translation>Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe.</translation>
    </message>
    <message>
        <source>Adresse : rue et numéro, code postal, commune.</source>
        <translation>Adresse : rue et numéro, code postal, commune.</translation>
    </message>
    <message>
        <source>Le certificat de votre carte qui prouve que c&apos;est bien vous, et la signature du Registre national sur ces données.</source>
        <translation>Le certificat de votre carte qui prouve que c&apos;est bien vous, et la signature du Registre national sur ces données.</translation>
    </message>
    <message>
        <source>Votre photo n&apos;est ni envoyée ni conservée.</source>
        <translation>Votre photo n&apos;est ni envoyée ni conservée.</translation>
    </message>
    <message>
        <source>Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l&apos;e-Guichet.</source>
        <translation>Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l&apos;e-Guichet.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.</source>
        <translation>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.</source>
        <translation>Si vous refusez, aucun compte n&apos;est créé et rien n&apos;est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.</translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>J&apos;accepte</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>Envoie ces données à la Ville et ouvre votre compte</source>
        <translation>Envoie ces données à la Ville et ouvre votre compte</translation>
    </message>
    <message>
        <source>Je refuse</source>
        <translation>Je refuse</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est créé, rien n&apos;est conservé</source>
        <translation>Aucun compte n&apos;est créé, rien n&apos;est conservé</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au moins %1 caractères.</source>
        <translation>Ce champ doit contenir au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Le format de ce champ n&apos;est pas valide.</source>
        <translation>Le format de ce champ n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Ce champ ne peut contenir que des chiffres.</source>
        <translation>Ce champ ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Cette adresse e-mail n&apos;est pas valide (exemple : nom@exemple.be).</source>
        <translation>Cette adresse e-mail n&apos;est pas valide (exemple : nom@exemple.be).</translation>
    </message>
    <message>
        <source>Ce numéro de téléphone belge n&apos;est pas valide (exemple : 081 24 60 00).</source>
        <translation>Ce numéro de téléphone belge n&apos;est pas valide (exemple : 081 24 60 00).</translation>
    </message>
    <message>
        <source>Ce numéro de compte IBAN n&apos;est pas valide (exemple : BE68 5390 0754 7034).</source>
        <translation>Ce numéro de compte IBAN n&apos;est pas valide (exemple : BE68 5390 0754 7034).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide (11 chiffres, au dos de votre carte d&apos;identité).</source>
        <translation>Ce numéro de registre national n&apos;est pas valide (11 chiffres, au dos de votre carte d&apos;identité).</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas.</source>
        <translation>Cette date n&apos;existe pas.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>La date doit être le %1 ou après.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>La date doit être le %1 ou avant.</translation>
    </message>
    <message>
        <source>Choisissez une des propositions.</source>
        <translation>Choisissez une des propositions.</translation>
    </message>
    <message>
        <source>Ce fichier est trop volumineux (%1 Mo au plus).</source>
        <translation>Ce fichier est trop volumineux (%1 Mo au plus).</translation>
    </message>
    <message>
        <source>Ce type de fichier n&apos;est pas accepté.</source>
        <translation>Ce type de fichier n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valide.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Ce champ doit contenir au plus %1 caractères.</source>
        <translation>Ce champ doit contenir au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Choisissez votre ville</source>
        <translation>Choisissez votre ville</translation>
    </message>
    <message>
        <source>Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.</source>
        <translation>Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Ville de %1</translation>
    </message>
    <message>
        <source>La liste des villes n&apos;a pas pu être vérifiée : indiquez l&apos;adresse de l&apos;e-Guichet de votre ville.</source>
        <translation>La liste des villes n&apos;a pas pu être vérifiée : indiquez l&apos;adresse de l&apos;e-Guichet de votre ville.</translation>
    </message>
    <message>
        <source>Votre ville n&apos;est pas dans la liste ? Indiquez l&apos;adresse que la Ville vous a communiquée.</source>
        <translation>Votre ville n&apos;est pas dans la liste ? Indiquez l&apos;adresse que la Ville vous a communiquée.</translation>
    </message>
    <message>
        <source>Nom de la ville</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>Adresse de l&apos;e-Guichet (https://…)</source>
        <translation>Adresse de l&apos;e-Guichet (https://…)</translation>
    </message>
    <message>
        <source>Utiliser cette adresse</source>
        <translation>Utiliser cette adresse</translation>
    </message>
</context>
<context>
    <name>FormFieldDelegate</name>
    <message>
        <source>(obligatoire)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Pré-rempli : %1</source>
        <translation>Pré-rempli : %1</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Date au format jour/mois/année</source>
        <translation>Date au format jour/mois/année</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être joint à la borne : demandez à un agent de l&apos;accueil, ou faites la demande depuis chez vous.</source>
        <translation>Ce document ne peut pas être joint à la borne : demandez à un agent de l&apos;accueil, ou faites la demande depuis chez vous.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>carte d&apos;identité</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profil</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Formulaire</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Chargement du formulaire…</source>
        <translation>Chargement du formulaire…</translation>
    </message>
    <message>
        <source>Aucun formulaire ouvert.</source>
        <translation>Aucun formulaire ouvert.</translation>
    </message>
    <message>
        <source>La Ville ne répond pas : ce formulaire est la dernière version connue.</source>
        <translation>La Ville ne répond pas : ce formulaire est la dernière version connue.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2 : %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) à corriger sur cette page :</source>
        <translation>
            <numerusform>%n problème à corriger sur cette page :</numerusform>
            <numerusform>%n problèmes à corriger sur cette page :</numerusform>
        </translation>
    </message>
    <message>
        <source>Aller au champ</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Vérifier ma demande</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon du %1.</source>
        <translation>Nous avons repris votre brouillon du %1.</translation>
    </message>
    <message>
        <source>Nous avons repris votre brouillon.</source>
        <translation>Nous avons repris votre brouillon.</translation>
    </message>
    <message>
        <source>Recommencer avec un formulaire vide</source>
        <translation>Recommencer avec un formulaire vide</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Réponse affichée</source>
        <translation>Réponse affichée</translation>
    </message>
    <message>
        <source>Touchez pour lire la réponse</source>
        <translation>Touchez pour lire la réponse</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>Votre session se termine dans %n seconde(s). Tout ce que vous avez encodé sera effacé.</source>
        <translation>
            <numerusform>Votre session se termine dans %n seconde. Tout ce que vous avez encodé sera effacé.</numerusform>
            <numerusform>Votre session se termine dans %n secondes. Tout ce que vous avez encodé sera effacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>J&apos;ai besoin de plus de temps</source>
        <translation>J&apos;ai besoin de plus de temps</translation>
    </message>
</context>
<context>
    <name>KioskKeyboard</name>
    <message>
        <source>Masquer le clavier</source>
        <translation>Masquer le clavier</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Se connecter avec un identifiant</translation>
    </message>
    <message>
        <source>Saisissez votre adresse e-mail et votre mot de passe.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Mot de passe oublié ?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Retenir mon adresse e-mail sur cet ordinateur</source>
        <translation>Retenir mon adresse e-mail sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n s.</source>
        <translation>
            <numerusform>Trop d&apos;essais : réessayez dans %n s.</numerusform>
            <numerusform>Trop d&apos;essais : réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Pas encore de compte ? Inscrivez-vous</source>
        <translation>Pas encore de compte ? Inscrivez-vous</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Guichet de la Ville de %1</translation>
    </message>
    <message>
        <source>Carte retirée : votre session est terminée et vos données ont été effacées.</source>
        <translation>Carte retirée : votre session est terminée et vos données ont été effacées.</translation>
    </message>
    <message>
        <source>Votre session est terminée et vos données ont été effacées.</source>
        <translation>Votre session est terminée et vos données ont été effacées.</translation>
    </message>
    <message>
        <source>Reprenez votre carte d&apos;identité.</source>
        <translation>Reprenez votre carte d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>Mes demandes</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Choisissez une demande pour voir son historique.</source>
        <translation>Choisissez une demande pour voir son historique.</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Terminées</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande en cours.</source>
        <translation>Vous n&apos;avez aucune demande en cours.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez aucune demande terminée.</source>
        <translation>Vous n&apos;avez aucune demande terminée.</translation>
    </message>
    <message>
        <source>N° %1 · envoyée le %2</source>
        <translation>N° %1 · envoyée le %2</translation>
    </message>
    <message>
        <source>à payer : %1</source>
        <translation>à payer : %1</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>Hors service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Ce poste est hors service. Adressez-vous à l&apos;accueil.</source>
        <translation>Ce poste est hors service. Adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.</source>
        <translation>Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.</translation>
    </message>
    <message>
        <source>Vérification : eguichet --check-config ; détail : eguichet --print-config</source>
        <translation>Vérification : eguichet --check-config ; détail : eguichet --print-config</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Au moins %1 types de caractères parmi les suivants</source>
        <translation>Au moins %1 types de caractères parmi les suivants</translation>
    </message>
    <message>
        <source>minuscules (abc…)</source>
        <translation>minuscules (abc…)</translation>
    </message>
    <message>
        <source>majuscules (ABC…)</source>
        <translation>majuscules (ABC…)</translation>
    </message>
    <message>
        <source>chiffres (123…)</source>
        <translation>chiffres (123…)</translation>
    </message>
    <message>
        <source>ponctuation (!?#…)</source>
        <translation>ponctuation (!?#…)</translation>
    </message>
</context>
<context>
    <name>PasswordResetPage</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.</source>
        <translation>Indiquez l&apos;adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Envoyer le lien</source>
        <translation>Envoyer le lien</translation>
    </message>
</context>
<context>
    <name>PaymentBasketPage</name>
    <message>
        <source>À payer</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Vous n&apos;avez rien à payer pour le moment.</source>
        <translation>Vous n&apos;avez rien à payer pour le moment.</translation>
    </message>
    <message>
        <source>Demande %1, %2 : %3</source>
        <translation>Demande %1, %2 : %3</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.</source>
        <translation>Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.</translation>
    </message>
    <message>
        <source>Voir le paiement en cours</source>
        <translation>Voir le paiement en cours</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Préparation du paiement…</source>
        <translation>Préparation du paiement…</translation>
    </message>
    <message>
        <source>Effectuez le virement avec la communication structurée indiquée.</source>
        <translation>Effectuez le virement avec la communication structurée indiquée.</translation>
    </message>
    <message>
        <source>Scannez le code QR avec votre smartphone pour payer.</source>
        <translation>Scannez le code QR avec votre smartphone pour payer.</translation>
    </message>
    <message>
        <source>Terminez le paiement dans la page du prestataire de paiement.</source>
        <translation>Terminez le paiement dans la page du prestataire de paiement.</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès de la Ville…</source>
        <translation>Nous vérifions votre paiement auprès de la Ville…</translation>
    </message>
    <message>
        <source>Votre paiement n&apos;est pas encore confirmé. Ne payez pas une seconde fois : nous continuerons à vérifier et vous recevrez un e-mail.</source>
        <translation>Votre paiement n&apos;est pas encore confirmé. Ne payez pas une seconde fois : nous continuerons à vérifier et vous recevrez un e-mail.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Paiement reçu. Merci !</translation>
    </message>
    <message>
        <source>Le paiement a été refusé par votre banque. Rien n&apos;a été débité.</source>
        <translation>Le paiement a été refusé par votre banque. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>Le paiement a été annulé. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Le délai de paiement est dépassé. Rien n&apos;a été débité.</source>
        <translation>Le délai de paiement est dépassé. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu être créé. Rien n&apos;a été débité.</source>
        <translation>Le paiement n&apos;a pas pu être créé. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la connexion et réessayez.</source>
        <translation>Les montants à payer ne peuvent pas être lus pour le moment. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir ce qu&apos;il reste à payer.</source>
        <translation>Connectez-vous pour voir ce qu&apos;il reste à payer.</translation>
    </message>
    <message>
        <source>Les montants à payer ne peuvent pas être lus. Réessayez plus tard.</source>
        <translation>Les montants à payer ne peuvent pas être lus. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Reçu enregistré : %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>Le reçu n&apos;a pas pu être enregistré dans %1. Choisissez un autre emplacement.</source>
        <translation>Le reçu n&apos;a pas pu être enregistré dans %1. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>recu-paiement</source>
        <translation>recu-paiement</translation>
    </message>
    <message>
        <source>Ville de %1</source>
        <translation>Ville de %1</translation>
    </message>
</context>
<context>
    <name>PaymentMethodPage</name>
    <message>
        <source>Moyen de paiement</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Choisissez comment payer %1.</source>
        <translation>Choisissez comment payer %1.</translation>
    </message>
    <message>
        <source>Carte bancaire sur le terminal</source>
        <translation>Carte bancaire sur le terminal</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Code QR avec votre smartphone</source>
        <translation>Code QR avec votre smartphone</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l&apos;écran : suivez ses instructions.</source>
        <translation>Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l&apos;écran : suivez ses instructions.</translation>
    </message>
    <message>
        <source>Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s&apos;ouvre dans votre navigateur.</source>
        <translation>Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s&apos;ouvre dans votre navigateur.</translation>
    </message>
    <message>
        <source>Scannez le code avec l&apos;application de votre banque ou l&apos;appareil photo de votre smartphone, puis payez sur votre téléphone.</source>
        <translation>Scannez le code avec l&apos;application de votre banque ou l&apos;appareil photo de votre smartphone, puis payez sur votre téléphone.</translation>
    </message>
    <message>
        <source>Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.</source>
        <translation>Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Montant à payer : %1</translation>
    </message>
    <message>
        <source>Vous ne tapez jamais votre numéro de carte dans l&apos;e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.</source>
        <translation>Vous ne tapez jamais votre numéro de carte dans l&apos;e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.</translation>
    </message>
</context>
<context>
    <name>PaymentResultPage</name>
    <message>
        <source>Paiement</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Paiement reçu</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Paiement refusé</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>Paiement annulé</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>Délai de paiement dépassé</source>
        <translation>Délai de paiement dépassé</translation>
    </message>
    <message>
        <source>Paiement non créé</source>
        <translation>Paiement non créé</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».</source>
        <translation>La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».</source>
        <translation>Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».</translation>
    </message>
    <message>
        <source>Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».</source>
        <translation>Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».</translation>
    </message>
    <message>
        <source>Il n&apos;y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.</source>
        <translation>Il n&apos;y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Imprimer le reçu</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Enregistrer le reçu (PDF)</source>
        <translation>Enregistrer le reçu (PDF)</translation>
    </message>
    <message>
        <source>Dans votre dossier Documents</source>
        <translation>Dans votre dossier Documents</translation>
    </message>
    <message>
        <source>Choisir où enregistrer le reçu…</source>
        <translation>Choisir où enregistrer le reçu…</translation>
    </message>
    <message>
        <source>Payer maintenant</source>
        <translation>Payer maintenant</translation>
    </message>
    <message>
        <source>Mes demandes</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Enregistrer le reçu</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentTransferPage</name>
    <message>
        <source>Payer par virement</source>
        <translation>Payer par virement</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Ou scannez ce code avec l&apos;application de votre banque : tout est rempli, communication comprise.</source>
        <translation>Ou scannez ce code avec l&apos;application de votre banque : tout est rempli, communication comprise.</translation>
    </message>
    <message>
        <source>Code QR du virement (EPC)</source>
        <translation>Code QR du virement (EPC)</translation>
    </message>
    <message>
        <source>Un virement prend quelques jours. Indiquez bien la communication structurée : c&apos;est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l&apos;aura reçu.</source>
        <translation>Un virement prend quelques jours. Indiquez bien la communication structurée : c&apos;est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l&apos;aura reçu.</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PaymentWaitingPage</name>
    <message>
        <source>Paiement en cours</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <source>Montant : %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Code QR de paiement</source>
        <translation>Code QR de paiement</translation>
    </message>
    <message>
        <source>La page de paiement s&apos;est ouverte dans votre navigateur. Après le paiement, revenez ici : l&apos;e-Guichet suit le paiement auprès de la Ville.</source>
        <translation>La page de paiement s&apos;est ouverte dans votre navigateur. Après le paiement, revenez ici : l&apos;e-Guichet suit le paiement auprès de la Ville.</translation>
    </message>
    <message>
        <source>Gardez cet écran ouvert pendant le paiement sur votre téléphone.</source>
        <translation>Gardez cet écran ouvert pendant le paiement sur votre téléphone.</translation>
    </message>
    <message>
        <source>Le terminal de paiement se trouve à côté de l&apos;écran. Votre carte n&apos;est jamais lue par l&apos;e-Guichet.</source>
        <translation>Le terminal de paiement se trouve à côté de l&apos;écran. Votre carte n&apos;est jamais lue par l&apos;e-Guichet.</translation>
    </message>
    <message>
        <source>Rouvrir la page de paiement</source>
        <translation>Rouvrir la page de paiement</translation>
    </message>
    <message>
        <source>Si vous avez fermé le navigateur avant de payer</source>
        <translation>Si vous avez fermé le navigateur avant de payer</translation>
    </message>
    <message>
        <source>Annuler le paiement</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Arrête le terminal de paiement ; rien n&apos;est débité.</source>
        <translation>Arrête le terminal de paiement ; rien n&apos;est débité.</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Le paiement continue d&apos;être suivi ; son état reste visible sur l&apos;accueil.</source>
        <translation>Le paiement continue d&apos;être suivi ; son état reste visible sur l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <source>Code PIN de votre carte</source>
        <translation>Code PIN de votre carte</translation>
    </message>
    <message>
        <source>Tapez votre code PIN sur le clavier du lecteur de carte.</source>
        <translation>Tapez votre code PIN sur le clavier du lecteur de carte.</translation>
    </message>
    <message>
        <source>Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».</source>
        <translation>Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».</translation>
    </message>
    <message>
        <source>Connexion en cours. Laissez la carte dans le lecteur.</source>
        <translation>Connexion en cours. Laissez la carte dans le lecteur.</translation>
    </message>
    <message>
        <source>La connexion avec votre carte n&apos;a pas abouti.</source>
        <translation>La connexion avec votre carte n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Essais restants : %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n chiffre tapé</numerusform>
            <numerusform>%n chiffres tapés</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Présentez-vous à l&apos;administration communale avec votre carte d&apos;identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l&apos;avez encore.</source>
        <translation>Présentez-vous à l&apos;administration communale avec votre carte d&apos;identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l&apos;avez encore.</translation>
    </message>
    <message>
        <source>En attendant, le personnel du guichet peut vous aider.</source>
        <translation>En attendant, le personnel du guichet peut vous aider.</translation>
    </message>
    <message>
        <source>En attendant, vous pouvez vous connecter avec une adresse e-mail.</source>
        <translation>En attendant, vous pouvez vous connecter avec une adresse e-mail.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Demande à nouveau le code PIN</source>
        <translation>Demande à nouveau le code PIN</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Se connecter avec une adresse e-mail</source>
        <translation>Se connecter avec une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>PrintMessages</name>
    <message>
        <source>Impression en cours…</source>
        <translation>Impression en cours…</translation>
    </message>
    <message>
        <source>Le document est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Le document est imprimé. Prenez-le à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Votre reçu est imprimé. Prenez-le à l&apos;imprimante.</source>
        <translation>Votre reçu est imprimé. Prenez-le à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est disponible.</source>
        <translation>Aucune imprimante n&apos;est disponible.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : rien n&apos;a été imprimé.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier : rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>L&apos;imprimante est arrêtée : rien n&apos;a été imprimé.</source>
        <translation>L&apos;imprimante est arrêtée : rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>L&apos;imprimante refuse les impressions pour le moment : rien n&apos;a été imprimé.</source>
        <translation>L&apos;imprimante refuse les impressions pour le moment : rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>L&apos;impression a échoué.</source>
        <translation>L&apos;impression a échoué.</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas terminé l&apos;impression à temps : elle a été annulée.</source>
        <translation>L&apos;imprimante n&apos;a pas terminé l&apos;impression à temps : elle a été annulée.</translation>
    </message>
    <message>
        <source>Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans « Mes demandes ».</source>
        <translation>Votre demande est bien enregistrée : réessayez, ou retrouvez son reçu dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>Votre paiement est bien enregistré : réessayez, demandez le reçu à l&apos;accueil ou retrouvez-le dans « Mes demandes ».</source>
        <translation>Votre paiement est bien enregistré : réessayez, demandez le reçu à l&apos;accueil ou retrouvez-le dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>Le document reste disponible : réessayez, ou retrouvez-le dans « Mes demandes » ou à l&apos;accueil.</source>
        <translation>Le document reste disponible : réessayez, ou retrouvez-le dans « Mes demandes » ou à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Ces informations viennent de votre carte d&apos;identité électronique (Registre national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-vous à l&apos;administration communale de votre domicile pour les faire corriger.</source>
        <translation>Ces informations viennent de votre carte d&apos;identité électronique (Registre national) et ne peuvent pas être modifiées ici. Si elles sont fausses, présentez-vous à l&apos;administration communale de votre domicile pour les faire corriger.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Rue et numéro</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Compte bancaire (IBAN)</source>
        <translation>Compte bancaire (IBAN)</translation>
    </message>
    <message>
        <source>carte d&apos;identité</source>
        <translation>carte d&apos;identité</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profil</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Mon profil</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Vos coordonnées pré-remplissent les formulaires.</source>
        <translation>Vos coordonnées pré-remplissent les formulaires.</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Connectez-vous pour voir votre profil.</source>
        <translation>Connectez-vous pour voir votre profil.</translation>
    </message>
    <message>
        <source>Modifier mes données</source>
        <translation>Modifier mes données</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Modifier votre adresse ici ne remplace pas la déclaration de changement d&apos;adresse à la commune.</source>
        <translation>Modifier votre adresse ici ne remplace pas la déclaration de changement d&apos;adresse à la commune.</translation>
    </message>
    <message>
        <source>Adresse e-mail de connexion : %1</source>
        <translation>Adresse e-mail de connexion : %1</translation>
    </message>
    <message>
        <source>Modifier l&apos;adresse e-mail</source>
        <translation>Modifier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Nouvelle adresse e-mail</source>
        <translation>Nouvelle adresse e-mail</translation>
    </message>
    <message>
        <source>Envoyer le lien de confirmation</source>
        <translation>Envoyer le lien de confirmation</translation>
    </message>
    <message>
        <source>Votre mot de passe actuel</source>
        <translation>Votre mot de passe actuel</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Carte (Bancontact/Maestro, Visa, Mastercard)</source>
        <translation>Carte (Bancontact/Maestro, Visa, Mastercard)</translation>
    </message>
    <message>
        <source>Code QR (smartphone)</source>
        <translation>Code QR (smartphone)</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Terminal de paiement</translation>
    </message>
    <message>
        <source>Virement bancaire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Moyen de paiement</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Communication structurée</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Reçu de paiement</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>Conservez ce reçu. Il ne contient aucune donnée de votre carte.</source>
        <translation>Conservez ce reçu. Il ne contient aucune donnée de votre carte.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Créer un compte</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d&apos;activation.</source>
        <translation>Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d&apos;activation.</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Règles du mot de passe</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <source>Respectée : </source>
        <translation>Respectée : </translation>
    </message>
    <message>
        <source>Pas encore respectée : </source>
        <translation>Pas encore respectée : </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <source>Renvoyer l&apos;e-mail d&apos;activation</source>
        <translation>Renvoyer l&apos;e-mail d&apos;activation</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1 par %2. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Un e-mail d&apos;activation a été envoyé à %1 par %2. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</translation>
    </message>
    <message>
        <source>Un e-mail d&apos;activation a été envoyé à %1. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</source>
        <translation>Un e-mail d&apos;activation a été envoyé à %1. Ouvrez le lien qu&apos;il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</source>
        <translation>Ce formulaire ne peut pas être affiché pour le moment. Réessayez plus tard ou adressez-vous à l&apos;administration communale.</translation>
    </message>
    <message>
        <source>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</source>
        <translation>La demande n&apos;a pas pu être enregistrée sur cet ordinateur. Réessayez.</translation>
    </message>
    <message>
        <source>Votre demande n&apos;a pas encore pu être envoyée à la Ville. Elle reste enregistrée ici pour votre compte seulement et sera envoyée lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Votre demande n&apos;a pas encore pu être envoyée à la Ville. Elle reste enregistrée ici pour votre compte seulement et sera envoyée lors de votre prochaine connexion sur cet appareil.</translation>
    </message>
    <message>
        <source>Vos %1 demandes n&apos;ont pas encore pu être envoyées à la Ville. Elles restent enregistrées ici pour votre compte seulement et seront envoyées lors de votre prochaine connexion sur cet appareil.</source>
        <translation>Vos %1 demandes n&apos;ont pas encore pu être envoyées à la Ville. Elles restent enregistrées ici pour votre compte seulement et seront envoyées lors de votre prochaine connexion sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Demande %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Aucun historique à afficher.</source>
        <translation>Aucun historique à afficher.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Téléchargement…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert sur cet appareil.</source>
        <translation>Le document n&apos;a pas pu être ouvert sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>RequestReceipt</name>
    <message>
        <source>Ville de %1</source>
        <translation>Ville de %1</translation>
    </message>
    <message>
        <source>Accusé de réception de votre demande</source>
        <translation>Accusé de réception de votre demande</translation>
    </message>
    <message>
        <source>Démarche : %1</source>
        <translation>Démarche : %1</translation>
    </message>
    <message>
        <source>Numéro de la demande : %1</source>
        <translation>Numéro de la demande : %1</translation>
    </message>
    <message>
        <source>Reçue le : %1</source>
        <translation>Reçue le : %1</translation>
    </message>
    <message>
        <source>Montant à payer : %1</source>
        <translation>Montant à payer : %1</translation>
    </message>
    <message>
        <source>La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer dans « Mes demandes ».</source>
        <translation>La Ville traite votre demande dès que le paiement est reçu. Vous pouvez payer dans « Mes demandes ».</translation>
    </message>
    <message>
        <source>La Ville traite maintenant votre demande.</source>
        <translation>La Ville traite maintenant votre demande.</translation>
    </message>
    <message>
        <source>Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses documents dans « Mes demandes » de l&apos;e-Guichet, avec ce numéro.</source>
        <translation>Vous recevrez un e-mail à chaque étape. Suivez votre demande et retrouvez ses documents dans « Mes demandes » de l&apos;e-Guichet, avec ce numéro.</translation>
    </message>
    <message>
        <source>Ce reçu ne contient aucune donnée de votre carte d&apos;identité.</source>
        <translation>Ce reçu ne contient aucune donnée de votre carte d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Vérifier ma demande</source>
        <translation>Vérifier ma demande</translation>
    </message>
    <message>
        <source>Relisez votre demande, acceptez l&apos;utilisation de vos données puis envoyez-la.</source>
        <translation>Relisez votre demande, acceptez l&apos;utilisation de vos données puis envoyez-la.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Les données marquées « carte d&apos;identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>Les données marquées « carte d&apos;identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</translation>
    </message>
    <message>
        <source>Les données de cette demande servent uniquement à la traiter par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</source>
        <translation>Les données de cette demande servent uniquement à la traiter par l&apos;administration de la Ville de %1 et ne sont transmises à personne d&apos;autre.</translation>
    </message>
    <message>
        <source>J&apos;accepte que ces données soient utilisées pour traiter ma demande</source>
        <translation>J&apos;accepte que ces données soient utilisées pour traiter ma demande</translation>
    </message>
    <message>
        <source>Envoi en cours…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Envoyer la demande</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Montant à payer à la Ville : %1</source>
        <translation>Montant à payer à la Ville : %1</translation>
    </message>
    <message>
        <source>Cette démarche est gratuite.</source>
        <translation>Cette démarche est gratuite.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Démarche</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;est pas disponible.</source>
        <translation>Cette démarche n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>%1, plus selon le motif et le nombre d&apos;exemplaires</source>
        <translation>%1, plus selon le motif et le nombre d&apos;exemplaires</translation>
    </message>
    <message>
        <source>Gratuit ou selon le motif : le montant exact s&apos;affiche avant l&apos;envoi</source>
        <translation>Gratuit ou selon le motif : le montant exact s&apos;affiche avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Ce qu&apos;il vous faut</source>
        <translation>Ce qu&apos;il vous faut</translation>
    </message>
    <message>
        <source>Votre carte d&apos;identité et son code PIN</source>
        <translation>Votre carte d&apos;identité et son code PIN</translation>
    </message>
    <message>
        <source>Rien : accessible à tous</source>
        <translation>Rien : accessible à tous</translation>
    </message>
    <message>
        <source>Un compte (adresse e-mail et mot de passe) ou votre carte d&apos;identité</source>
        <translation>Un compte (adresse e-mail et mot de passe) ou votre carte d&apos;identité</translation>
    </message>
    <message>
        <source>Livraison</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Par la poste ou à retirer à l&apos;administration ; le document signé apparaît aussi dans « Mes demandes »</source>
        <translation>Par la poste ou à retirer à l&apos;administration ; le document signé apparaît aussi dans « Mes demandes »</translation>
    </message>
    <message>
        <source>Tout de suite, sur cet appareil</source>
        <translation>Tout de suite, sur cet appareil</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Par un agent de la Ville, qui recherche l&apos;acte dans les archives : comptez quelques jours</source>
        <translation>Par un agent de la Ville, qui recherche l&apos;acte dans les archives : comptez quelques jours</translation>
    </message>
    <message>
        <source>Tout de suite, automatiquement</source>
        <translation>Tout de suite, automatiquement</translation>
    </message>
    <message>
        <source>Cette démarche demande une connexion avec la carte d&apos;identité.</source>
        <translation>Cette démarche demande une connexion avec la carte d&apos;identité.</translation>
    </message>
    <message>
        <source>Commencer la démarche</source>
        <translation>Commencer la démarche</translation>
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
        <translation>Guidage vocal activé.</translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>Tapez votre code secret sur le terminal de paiement.</source>
        <translation>Tapez votre code secret sur le terminal de paiement.</translation>
    </message>
    <message>
        <source>Autorisation en cours… Ne retirez pas votre carte.</source>
        <translation>Autorisation en cours… Ne retirez pas votre carte.</translation>
    </message>
    <message>
        <source>Présentez ou insérez votre carte dans le terminal de paiement.</source>
        <translation>Présentez ou insérez votre carte dans le terminal de paiement.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. La Ville ne répond pas pour le moment : nous réessayons. Ne payez pas une seconde fois.</source>
        <translation>Paiement accepté par le terminal. La Ville ne répond pas pour le moment : nous réessayons. Ne payez pas une seconde fois.</translation>
    </message>
    <message>
        <source>Paiement accepté par le terminal. Enregistrement auprès de la Ville…</source>
        <translation>Paiement accepté par le terminal. Enregistrement auprès de la Ville…</translation>
    </message>
    <message>
        <source>Nous vérifions votre paiement auprès du terminal…</source>
        <translation>Nous vérifions votre paiement auprès du terminal…</translation>
    </message>
    <message>
        <source>Le terminal n&apos;a pas confirmé le résultat du paiement. Ne payez pas une seconde fois : un agent vérifiera le journal du terminal.</source>
        <translation>Le terminal n&apos;a pas confirmé le résultat du paiement. Ne payez pas une seconde fois : un agent vérifiera le journal du terminal.</translation>
    </message>
    <message>
        <source>Paiement reçu. Merci !</source>
        <translation>Paiement reçu. Merci !</translation>
    </message>
    <message>
        <source>Le paiement a été refusé. Rien n&apos;a été débité.</source>
        <translation>Le paiement a été refusé. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Le paiement a été annulé. Rien n&apos;a été débité.</source>
        <translation>Le paiement a été annulé. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Votre carte a été débitée, mais la Ville n&apos;a pas pu enregistrer le paiement. Gardez le ticket du terminal et adressez-vous à l&apos;accueil.</source>
        <translation>Votre carte a été débitée, mais la Ville n&apos;a pas pu enregistrer le paiement. Gardez le ticket du terminal et adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Le paiement n&apos;a pas pu commencer. Rien n&apos;a été débité.</source>
        <translation>Le paiement n&apos;a pas pu commencer. Rien n&apos;a été débité.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont ensemble : indiquez les deux ou aucun.</source>
        <translation>Le certificat du poste (api/client_cert) et sa clé (api/client_key) vont ensemble : indiquez les deux ou aucun.</translation>
    </message>
    <message>
        <source>Le certificat du poste %1 (api/client_cert) est introuvable ou illisible (PEM attendu).</source>
        <translation>Le certificat du poste %1 (api/client_cert) est introuvable ou illisible (PEM attendu).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée PEM attendue).</source>
        <translation>La clé du poste %1 (api/client_key) est introuvable ou illisible (clé privée PEM attendue).</translation>
    </message>
    <message>
        <source>La clé du poste %1 (api/client_key) est lisible par d&apos;autres utilisateurs. Réservez-la à son propriétaire (chmod 600) puis redémarrez.</source>
        <translation>La clé du poste %1 (api/client_key) est lisible par d&apos;autres utilisateurs. Réservez-la à son propriétaire (chmod 600) puis redémarrez.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Guichet de la Ville de %1</translation>
    </message>
    <message>
        <source>Insérez votre carte d&apos;identité</source>
        <translation>Insérez votre carte d&apos;identité</translation>
    </message>
    <message>
        <source>Le lecteur se trouve sous l&apos;écran. Gardez la carte dans le lecteur jusqu&apos;à la fin.</source>
        <translation>Le lecteur se trouve sous l&apos;écran. Gardez la carte dans le lecteur jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Placez votre carte dans le lecteur relié à cet ordinateur.</source>
        <translation>Placez votre carte dans le lecteur relié à cet ordinateur.</translation>
    </message>
    <message>
        <source>ou</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Se connecter avec un identifiant</source>
        <translation>Se connecter avec un identifiant</translation>
    </message>
    <message>
        <source>Connexion avec une adresse e-mail et un mot de passe</source>
        <translation>Connexion avec une adresse e-mail et un mot de passe</translation>
    </message>
    <message>
        <source>Grands caractères</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Guidage vocal</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre, les instructions et les erreurs de chaque écran</source>
        <translation>Lit à voix haute le titre, les instructions et les erreurs de chaque écran</translation>
    </message>
    <message>
        <source>Diagnostic : lecteur, carte et connexion</source>
        <translation>Diagnostic : lecteur, carte et connexion</translation>
    </message>
    <message>
        <source>Une carte est restée dans le lecteur. Retirez-la et, si ce n&apos;est pas la vôtre, remettez-la à l&apos;accueil.</source>
        <translation>Une carte est restée dans le lecteur. Retirez-la et, si ce n&apos;est pas la vôtre, remettez-la à l&apos;accueil.</translation>
    </message>
</context>
</TS>
