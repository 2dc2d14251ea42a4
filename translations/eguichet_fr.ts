<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="fr_BE">
<context>
    <name>LanguageBar</name>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>e-Guichet de la Ville de %1</source>
        <translation>e-Guichet de la Ville de %1</translation>
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
</context>
</TS>
