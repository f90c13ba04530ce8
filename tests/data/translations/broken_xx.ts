<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A catalogue with one defect per message; tst_translationcatalogues expects each to be reported. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message>
        <source>Fine %1</source>
        <translation>Gut %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unfinished thing</source>
        <translation type="unfinished">Unfertig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Gone but used</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>  </translation>
    </message>
</context>
</TS>
