<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
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
</context>
</TS>
