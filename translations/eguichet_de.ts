<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="fr_BE">
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Schalter der Stadt %1</translation>
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
        <translation>Mit Benutzerkennung anmelden</translation>
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
</context>
</TS>
