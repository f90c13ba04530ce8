<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionTips</name>
    <message>
        <location filename="../app/gui/actiontips.cpp" line="+18"/>
        <source>Start a new, empty project</source>
        <translation>Neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .taktflow project file</source>
        <translation>Eine .taktflow-Projektdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to its file</source>
        <translation>Projekt in seiner Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to a new file</source>
        <translation>Projekt in einer neuen Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a DXF drawing or an image under the layout as a background plan</source>
        <translation>Eine DXF-Zeichnung oder ein Bild als Hintergrundplan unter dem Layout anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read tasks from a CSV file into the current variant&apos;s first line, mapping its columns</source>
        <translation>Arbeitsgänge aus einer CSV-Datei in die erste Linie der aktuellen Variante einlesen und dabei die Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read layout items from a CSV file into the current variant, mapping its columns</source>
        <translation>Layout-Elemente aus einer CSV-Datei in die aktuelle Variante einlesen und dabei die Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read material flows from a CSV file into the current variant, mapping its columns</source>
        <translation>Materialflüsse aus einer CSV-Datei in die aktuelle Variante einlesen und dabei die Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add closed polylines of chosen DXF layers as layout items</source>
        <translation>Geschlossene Polylinien ausgewählter DXF-Layer als Layout-Elemente hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current variant&apos;s tasks to a CSV file</source>
        <translation>Arbeitsgänge der aktuellen Variante in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current variant&apos;s layout items to a CSV file</source>
        <translation>Layout-Elemente der aktuellen Variante in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the current variant&apos;s material flows to a CSV file</source>
        <translation>Materialflüsse der aktuellen Variante in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the whole project as JSON for other tools</source>
        <translation>Gesamtes Projekt als JSON für andere Werkzeuge schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visible part of the layout as PNG, SVG or PDF</source>
        <translation>Sichtbaren Teil des Layouts als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole floor of the current variant as a drawing</source>
        <translation>Gesamte Fläche der aktuellen Variante als Zeichnung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the layout view</source>
        <translation>Layoutansicht drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current variant&apos;s layout as a DXF drawing for CAD</source>
        <translation>Layout der aktuellen Variante als DXF-Zeichnung für CAD speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and print the report of the current variant</source>
        <translation>Bericht der aktuellen Variante anzeigen und drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and print the report comparing all variants</source>
        <translation>Bericht mit dem Vergleich aller Varianten anzeigen und drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report of the current variant as PDF</source>
        <translation>Bericht der aktuellen Variante als PDF schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report of all variants as PDF</source>
        <translation>Bericht aller Varianten als PDF schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often unsaved changes are written to a recovery file beside the project</source>
        <translation>Wie oft ungespeicherte Änderungen in eine Wiederherstellungsdatei neben dem Projekt geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Taktflow</source>
        <translation>Taktflow beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the change taken back again</source>
        <translation>Rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected items to the clipboard and remove them</source>
        <translation>Ausgewählte Elemente in die Zwischenablage kopieren und entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected items to the clipboard</source>
        <translation>Ausgewählte Elemente in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste items from the clipboard (spreadsheet rows into the Items table)</source>
        <translation>Elemente aus der Zwischenablage einfügen (Tabellenzeilen in die Elemente-Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected items</source>
        <translation>Ausgewählte Elemente entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of Taktflow</source>
        <translation>Sprache von Taktflow wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every item of the current variant</source>
        <translation>Alle Elemente der aktuellen Variante auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the layout larger</source>
        <translation>Layout größer anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more of the layout</source>
        <translation>Mehr vom Layout anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom so the whole layout fits the view</source>
        <translation>So zoomen, dass das gesamte Layout in die Ansicht passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the metre grid</source>
        <translation>Meterraster ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the background plan behind the items, also in exported drawings and reports</source>
        <translation>Den Hintergrundplan hinter den Objekten anzeigen, auch in exportierten Zeichnungen und Berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show material flows as arrows as thick as their volume</source>
        <translation>Materialflüsse als Pfeile anzeigen, deren Dicke der Menge entspricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bottleneck station of each line&apos;s last simulation run on the floor</source>
        <translation>Engpassstation der letzten Simulation jeder Linie auf der Fläche markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour items by their automation level instead of their type</source>
        <translation>Elemente nach Automatisierungsgrad statt nach Typ einfärben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved items snap to the grid</source>
        <translation>Verschobene Elemente rasten am Raster ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved items snap to other items&apos; edges</source>
        <translation>Verschobene Elemente rasten an den Kanten anderer Elemente ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected items 15° counter-clockwise</source>
        <translation>Ausgewählte Elemente um 15° gegen den Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected items 15° clockwise</source>
        <translation>Ausgewählte Elemente um 15° im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their left edges</source>
        <translation>Ausgewählte Elemente an ihren linken Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their horizontal centres</source>
        <translation>Ausgewählte Elemente an ihren horizontalen Mitten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their right edges</source>
        <translation>Ausgewählte Elemente an ihren rechten Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their top edges</source>
        <translation>Ausgewählte Elemente an ihren oberen Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their vertical centres</source>
        <translation>Ausgewählte Elemente an ihren vertikalen Mitten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their bottom edges</source>
        <translation>Ausgewählte Elemente an ihren unteren Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space three or more selected items evenly from left to right</source>
        <translation>Drei oder mehr ausgewählte Elemente gleichmäßig von links nach rechts verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space three or more selected items evenly from bottom to top</source>
        <translation>Drei oder mehr ausgewählte Elemente gleichmäßig von unten nach oben verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the heaviest flows by moving items; the result is a new variant</source>
        <translation>Die stärksten Flüsse durch Verschieben von Elementen verkürzen; das Ergebnis ist eine neue Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search which movable item goes to which place for the lowest flow cost, in the background</source>
        <translation>Im Hintergrund suchen, welches verschiebbare Element an welchen Platz kommt, um die Flusskosten zu minimieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale the background plan by picking two points a known distance apart</source>
        <translation>Hintergrundplan skalieren, indem Sie zwei Punkte mit bekanntem Abstand wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the background plan from moving when you drag on the floor</source>
        <translation>Verhindert, dass sich der Hintergrundplan beim Ziehen auf der Fläche verschiebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the background plan fainter or stronger</source>
        <translation>Hintergrundplan blasser oder kräftiger darstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the background plan</source>
        <translation>Hintergrundplan entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the user guide: every workspace step by step</source>
        <translation>Benutzerhandbuch lesen: jeder Arbeitsbereich Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and purpose of Taktflow</source>
        <translation>Version und Zweck von Taktflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Version und Lizenz des Qt-Toolkits</translation>
    </message>
</context>
<context>
    <name>AnimationGeometry</name>
    <message>
        <location filename="../app/render/animation/animationgeometry.cpp" line="+78"/>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
</context>
<context>
    <name>AnimationRenderer</name>
    <message>
        <location filename="../app/render/animation/animationrenderer.cpp" line="+78"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer content</source>
        <translation>Pufferinhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporter</source>
        <translation>Transportmittel</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stations without a layout item</source>
        <translation>Stationen ohne Layout-Objekt</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Simulated time %1 (h:mm:ss)</source>
        <translation>Simulierte Zeit %1 (h:mm:ss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warm-up</source>
        <translation>Einschwingphase</translation>
    </message>
</context>
<context>
    <name>ArrangementResultDialog</name>
    <message>
        <location filename="../app/gui/layout/arrangementdialogs.cpp" line="+145"/>
        <source> (%1%2 %)</source>
        <translation> (%1%2 %)</translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../app/io/backgroundimport.cpp" line="+132"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is too large for a background plan (%2 MiB at most)</source>
        <translation>%1 ist zu groß für einen Hintergrundplan (höchstens %2 MiB)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an ASCII DXF drawing</source>
        <translation>%1 ist keine ASCII-DXF-Zeichnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged and could not be read</source>
        <translation>%1 ist beschädigt und konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no lines, polylines, circles or arcs to show</source>
        <translation>%1 enthält keine darstellbaren Linien, Polylinien, Kreise oder Bögen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>%1 ist kein PNG-, JPEG-, BMP- oder TIFF-Bild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large (%2 x %3 pixels)</source>
        <translation>%1 ist zu groß (%2 × %3 Pixel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <location filename="../core/balance/heuristics.cpp" line="+16"/>
        <source>the heuristic found no assignment that meets every constraint</source>
        <translation>die Heuristik hat keine Zuordnung gefunden, die alle Bedingungen erfüllt</translation>
    </message>
    <message>
        <location filename="../core/balance/engine/preparedproblem.cpp" line="+342"/>
        <source>the cycle time must be positive</source>
        <translation>die Zykluszeit muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/balance/lineproblem.cpp" line="+16"/>
        <source>line &quot;%1&quot;: %2</source>
        <translation>Linie „%1“: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task id &quot;%1&quot; is used twice</source>
        <translation>die Arbeitsgang-ID „%1“ ist doppelt vergeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task &quot;%1&quot; follows the unknown task &quot;%2&quot;</source>
        <translation>Arbeitsgang „%1“ folgt auf den unbekannten Arbeitsgang „%2“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a zoning rule names the unknown task &quot;%1&quot;</source>
        <translation>eine Zonenregel nennt den unbekannten Arbeitsgang „%1“</translation>
    </message>
    <message>
        <location filename="../core/balance/engine/preparedproblem.cpp" line="-310"/>
        <source>task %1</source>
        <translation>Arbeitsgang %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the line has no tasks</source>
        <translation>die Linie hat keine Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station kinds are given without a time per task and kind</source>
        <translation>Stationsarten sind angegeben, aber keine Zeit je Arbeitsgang und Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every task needs one time per station kind</source>
        <translation>jeder Arbeitsgang braucht eine Zeit je Stationsart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a negative time</source>
        <translation>%1 hat eine negative Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a precedence relation names a task that does not exist</source>
        <translation>eine Vorrangbeziehung nennt einen Arbeitsgang, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>a zoning rule names a task that does not exist</source>
        <translation>eine Zonenregel nennt einen Arbeitsgang, den es nicht gibt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the precedence relations form a cycle</source>
        <translation>die Vorrangbeziehungen bilden einen Zyklus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tasks that must share a station have another task between them in the precedence graph</source>
        <translation>Arbeitsgänge, die sich eine Station teilen müssen, haben im Vorranggraphen einen anderen Arbeitsgang zwischen sich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 cannot be done at any station kind (together with the tasks it must share a station with)</source>
        <translation>%1 kann an keiner Stationsart ausgeführt werden (zusammen mit den Arbeitsgängen, mit denen er sich eine Station teilen muss)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 must share a station and must not</source>
        <translation>%1 und %2 müssen sich eine Station teilen und dürfen es zugleich nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is fixed to station %2 but must share a station with a task fixed to station %3</source>
        <translation>%1 ist fest Station %2 zugeordnet, muss sich aber eine Station mit einem Arbeitsgang teilen, der fest Station %3 zugeordnet ist</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (time %2) is longer than the cycle time %3 and parallel stations are off</source>
        <translation>%1 (Zeit %2) ist länger als die Zykluszeit %3, und parallele Stationen sind ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../core/balance/salbp1.cpp" line="+130"/>
        <location filename="../core/balance/salbp2.cpp" line="+280"/>
        <source>no assignment that meets every constraint was found within the time limit</source>
        <translation>innerhalb des Zeitlimits wurde keine Zuordnung gefunden, die alle Bedingungen erfüllt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/balance/salbp2.cpp" line="+2"/>
        <source>no assignment meets every constraint</source>
        <translation>keine Zuordnung erfüllt alle Bedingungen</translation>
    </message>
    <message>
        <location filename="../core/balance/salbp2.cpp" line="-17"/>
        <source>the number of stations must be positive</source>
        <translation>die Anzahl der Stationen muss positiv sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a task is fixed to a station beyond the number of stations</source>
        <translation>ein Arbeitsgang ist fest einer Station jenseits der Stationsanzahl zugeordnet</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <location filename="../app/cli/cmd_balance.cpp" line="+82"/>
        <source>Problem: %1 (%2, %3 tasks)</source>
        <translation>Problem: %1 (%2, %3 Arbeitsgänge)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle time: %1</source>
        <translation>Zykluszeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations: %1</source>
        <translation>Stationen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound on the cycle time: %1</source>
        <translation>Untere Schranke der Zykluszeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound on the stations: %1</source>
        <translation>Untere Schranke der Stationsanzahl: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal.</source>
        <translation>Optimalität bewiesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not proven optimal (time limit).</source>
        <translation>Optimalität nicht bewiesen (Zeitlimit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve time: %1 s</source>
        <translation>Rechenzeit: %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency: %1 %, balance delay: %2 %, smoothness index: %3</source>
        <translation>Bandwirkungsgrad: %1 %, Balance-Verlust: %2 %, Glättungsindex: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station %1: load %2 (%3 %)%4: %5</source>
        <translation>Station %1: Auslastung %2 (%3 %)%4: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 parallel stations</source>
        <translation>, %1 parallele Stationen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: the project has no variants</source>
        <translation>%1: das Projekt hat keine Varianten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: variant &apos;%2&apos; has no line %3</source>
        <translation>%1: Variante „%2“ hat keine Linie %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line &apos;%2&apos; has no takt time (demand or available time missing); give --cycle-time</source>
        <translation>%1: Linie „%2“ hat keine Taktzeit (Bedarf oder verfügbare Zeit fehlt); geben Sie --cycle-time an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stored as the assignment of line &apos;%1&apos; in variant &apos;%2&apos;.</source>
        <translation>Als Zuordnung der Linie „%1“ in Variante „%2“ gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Threads for the exact SALBP-1 search (default: one per core).</source>
        <translation>Threads für die exakte SALBP-1-Suche (Standard: einer je Kern).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>balance: --threads needs a positive whole number</source>
        <translation>balance: --threads braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Balances an assembly line: the fewest stations for a cycle time (SALBP-1) or the shortest cycle time for a number of stations (SALBP-2).</source>
        <translation>Taktet eine Montagelinie aus: die wenigsten Stationen für eine Zykluszeit (SALBP-1) oder die kürzeste Zykluszeit für eine Stationsanzahl (SALBP-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scholl .IN2 file, Otto et al. .alb file, or a .taktflow project.</source>
        <translation>Scholl-.IN2-Datei, .alb-Datei nach Otto et al. oder ein .taktflow-Projekt.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time C: find the fewest stations.</source>
        <translation>Zykluszeit C: die wenigsten Stationen suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of stations M: find the shortest cycle time.</source>
        <translation>Stationsanzahl M: die kürzeste Zykluszeit suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit in seconds (default 10).</source>
        <translation>Zeitlimit in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints the result as JSON.</source>
        <translation>Gibt das Ergebnis als JSON aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allows parallel stations for tasks longer than the cycle time.</source>
        <translation>Erlaubt parallele Stationen für Arbeitsgänge, die länger als die Zykluszeit sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project input: the variant (default: the first).</source>
        <translation>Projekteingabe: die Variante (Standard: die erste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: the line id or name (default: the first).</source>
        <translation>Projekteingabe: ID oder Name der Linie (Standard: die erste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: store the result as the line&apos;s station assignment.</source>
        <translation>Projekteingabe: das Ergebnis als Stationszuordnung der Linie speichern.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>balance: expected exactly one INPUT file; see --help</source>
        <translation>balance: genau eine INPUT-Datei erwartet; siehe --help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: give either --cycle-time or --stations, not both</source>
        <translation>balance: geben Sie entweder --cycle-time oder --stations an, nicht beides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balance: --time-limit needs a positive number of seconds</source>
        <translation>balance: --time-limit braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>balance: --stations needs a positive whole number</source>
        <translation>balance: --stations braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balance: --cycle-time needs a positive number</source>
        <translation>balance: --cycle-time braucht eine positive Zahl</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>balance: --variant, --line and --apply need a .taktflow project as INPUT</source>
        <translation>balance: --variant, --line und --apply brauchen ein .taktflow-Projekt als INPUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: %1: INPUT must be an .IN2, .alb or .taktflow file</source>
        <translation>balance: %1: INPUT muss eine .IN2-, .alb- oder .taktflow-Datei sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: an .IN2 file has no cycle time; give --cycle-time or --stations</source>
        <translation>balance: eine .IN2-Datei enthält keine Zykluszeit; geben Sie --cycle-time oder --stations an</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1:1: the file has no &lt;cycle time&gt;; give --cycle-time</source>
        <translation>%1:1: die Datei hat keine &lt;cycle time&gt;; geben Sie --cycle-time an</translation>
    </message>
</context>
<context>
    <name>BufferCurve</name>
    <message>
        <location filename="../app/render/buffercurvechart.cpp" line="+23"/>
        <source>The curve of throughput against total buffer appears here.</source>
        <translation>Hier erscheint die Kurve der Ausbringung über dem Gesamtpuffer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Throughput (parts/h) against total buffer capacity (parts)</source>
        <translation>Ausbringung (Teile/h) über der Gesamtpufferkapazität (Teile)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total buffer (parts)</source>
        <translation>Gesamtpuffer (Teile)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 parts/h</source>
        <translation>Ziel %1 Teile/h</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+34"/>
        <source>Create an empty project or a copy of the sample</source>
        <translation>Leeres Projekt oder Kopie des Beispiels anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List variants and counts of items, tasks, flows</source>
        <translation>Varianten und Anzahl der Objekte, Arbeitsgänge, Flüsse auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a project file and its model</source>
        <translation>Projektdatei und ihr Modell prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace tasks/items/flows of a variant from CSV</source>
        <translation>Arbeitsgänge/Objekte/Flüsse einer Variante aus CSV ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a variant&apos;s tasks/items/flows as CSV</source>
        <translation>Arbeitsgänge/Objekte/Flüsse einer Variante als CSV schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance a line: SALBP-1 or SALBP-2, exact</source>
        <translation>Linie austakten: SALBP-1 oder SALBP-2, exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures of each variant: line, flow, automation, energy</source>
        <translation>Kennzahlen jeder Variante: Linie, Materialfluss, Automatisierung, Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare variants KPI by KPI, with ranking</source>
        <translation>Varianten Kennzahl für Kennzahl vergleichen, mit Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF layout report of one or more variants</source>
        <translation>PDF-Layoutbericht zu einer oder mehreren Varianten schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve a QAPLIB quadratic assignment instance</source>
        <translation>Quadratisches Zuordnungsproblem im QAPLIB-Format lösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate a line: throughput, WIP, lead time, bottleneck, buffer sizing</source>
        <translation>Eine Linie simulieren: Ausbringung, Umlaufbestand (WIP), Durchlaufzeit, Engpass, Puffer-Dimensionierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: taktflow-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>Aufruf: taktflow-cli BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;taktflow-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„taktflow-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 ok, 1 usage error, 2 bad input, 3 no feasible answer.</source>
        <translation>Exit-Codes: 0 in Ordnung, 1 Bedienfehler, 2 fehlerhafte Eingabe, 3 keine zulässige Lösung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="+22"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: wrong number of arguments</source>
        <translation>%1: falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;taktflow-cli %1 --help&apos;.</source>
        <translation>Siehe „taktflow-cli %1 --help“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no variant named &apos;%2&apos; (variants: %3)</source>
        <translation>%1: keine Variante namens „%2“ (Varianten: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/kpioptions.cpp" line="+22"/>
        <source>Distance metric: euclidean, rectilinear or aisle (default: each variant&apos;s setting).</source>
        <translation>Abstandsmaß: euclidean, rectilinear oder aisle (Standard: Einstellung der jeweiligen Variante).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="+27"/>
        <source>Write a PDF report of one variant, or a comparison report of several.</source>
        <translation>PDF-Bericht zu einer Variante oder Vergleichsbericht zu mehreren schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variant to report.</source>
        <translation>Die Variante für den Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated variants for a comparison report.</source>
        <translation>Kommagetrennte Varianten für einen Vergleichsbericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>Papierformat: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape pages.</source>
        <translation>Querformat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout scale 1:N (e.g. 100, 200); default: the largest that fits.</source>
        <translation>Layoutmaßstab 1:N (z. B. 100, 200); Standard: der größte, der passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance metric: euclidean, rectilinear or aisle (default: each variant&apos;s).</source>
        <translation>Abstandsmaß: euclidean, rectilinear oder aisle (Standard: das der jeweiligen Variante).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/kpioptions.cpp" line="+2"/>
        <source>METRIC</source>
        <translation>MASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author in the title block.</source>
        <translation>Verfasser im Schriftfeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision in the title block.</source>
        <translation>Revision im Schriftfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REV</source>
        <translation>REV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT.pdf</source>
        <translation>AUSGABE.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background floor plan out of the layout drawings.</source>
        <translation>Den Hintergrund-Grundriss in den Layoutzeichnungen weglassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report needs -o OUT.pdf</source>
        <translation>report braucht -o AUSGABE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use either --variant or --variants</source>
        <translation>verwenden Sie entweder --variant oder --variants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &apos;%1&apos; is not A4 or Letter</source>
        <translation>--page: „%1“ ist weder A4 noch Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--scale: &apos;%1&apos; is not a scale denominator like 100</source>
        <translation>--scale: „%1“ ist kein Maßstabsnenner wie 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/kpioptions.cpp" line="+10"/>
        <source>Unknown metric &apos;%1&apos;; use euclidean, rectilinear or aisle.</source>
        <translation>Unbekanntes Abstandsmaß „%1“; verwenden Sie euclidean, rectilinear oder aisle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: variant &apos;%2&apos;: background plan not drawn: %3</source>
        <translation>%1: Variante „%2“: Hintergrundplan nicht gezeichnet: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the project has no variants</source>
        <translation>%1: das Projekt hat keine Varianten</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_exchange.cpp" line="+176"/>
        <location filename="../app/cli/cmd_report.cpp" line="+10"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compare.cpp" line="+55"/>
        <source>Simulated figures of &apos;%1&apos;: line %2, %3</source>
        <translation>Simulierte Kennzahlen von „%1“: Linie %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>! stale: the line or layout changed after the simulation run</source>
        <translation>! veraltet: Linie oder Layout wurden nach dem Simulationslauf geändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>* best value; (+d, +x%) change against the baseline &apos;%1&apos;</source>
        <translation>* bester Wert; (+d, +x%) Änderung gegenüber der Basis „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No KPI weights are set: ranking with equal weights over the %n KPI(s) that every variant has and that have a better direction:</source>
        <translation>
            <numerusform>Keine Kennzahlgewichte gesetzt: Rangfolge mit gleichen Gewichten über die %n Kennzahl, die jede Variante hat und die eine bessere Richtung hat:</numerusform>
            <numerusform>Keine Kennzahlgewichte gesetzt: Rangfolge mit gleichen Gewichten über die %n Kennzahlen, die jede Variante hat und die eine bessere Richtung haben:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking by weighted score:</source>
        <translation>Rangfolge nach gewichteter Punktzahl:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare layout variants KPI by KPI, with deltas against a baseline and a ranking by the project&apos;s KPI weights.</source>
        <translation>Layoutvarianten Kennzahl für Kennzahl vergleichen, mit Abweichungen gegenüber einer Basis und einer Rangfolge nach den Kennzahlgewichten des Projekts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_exchange.cpp" line="+149"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+72"/>
        <location filename="../app/cli/cmd_project.cpp" line="+74"/>
        <location line="+54"/>
        <location filename="../app/cli/cmd_report.cpp" line="-107"/>
        <source>The .taktflow project file.</source>
        <translation>Die .taktflow-Projektdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated variant names (default: all).</source>
        <translation>Kommagetrennte Variantennamen (Standard: alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant the deltas refer to (default: the first).</source>
        <translation>Variante, auf die sich die Abweichungen beziehen (Standard: die erste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+2"/>
        <location filename="../app/cli/cmd_report.cpp" line="+2"/>
        <location line="+15"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+3"/>
        <location filename="../app/cli/cmd_project.cpp" line="-53"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: no variants to compare</source>
        <translation>%1: keine Varianten zum Vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the baseline &apos;%2&apos; is not among the compared variants</source>
        <translation>%1: die Basis „%2“ ist nicht unter den verglichenen Varianten</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_exchange.cpp" line="-283"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="-47"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line 1</source>
        <translation>Linie 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: &apos;%2&apos; is not a non-negative number</source>
        <translation>--%1: „%2“ ist keine nichtnegative Zahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/cmd_report.cpp" line="+87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dxf-layers: no layer name suggests an item type; the drawing has: %1</source>
        <translation>--dxf-layers: Kein Layername deutet auf einen Elementtyp hin; die Zeichnung enthält: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dxf-layers: &apos;%1&apos; is not LAYER=TYPE with a type of: %2</source>
        <translation>--dxf-layers: &apos;%1&apos; hat nicht die Form LAYER=TYPE mit einem Typ aus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</source>
        <translation>machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dxf-layers: the drawing has no closed polylines on layer &apos;%1&apos;; it has: %2</source>
        <translation>--dxf-layers: Die Zeichnung hat keine geschlossenen Polylinien auf Layer &apos;%1&apos;; sie enthält: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--dxf-units: &apos;%1&apos; is neither mm nor m</source>
        <translation>--dxf-units: &apos;%1&apos; ist weder mm noch m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the drawing does not say its units; give --dxf-units mm or m</source>
        <translation>%1: Die Zeichnung gibt ihre Einheiten nicht an; geben Sie --dxf-units mm oder m an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1: %2 outlines have arc segments, imported as straight edges</source>
        <translation>Warnung: %1: %2 Umrisse haben Bogensegmente, als gerade Kanten importiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Replace the tasks, items and/or flows of a variant from CSV files (UTF-8, header row, any column order). The variant is created when missing; a bad row is reported as FILE:LINE and nothing is written.</source>
        <translation>Ersetzt Arbeitsgänge, Objekte und/oder Flüsse einer Variante aus CSV-Dateien (UTF-8, Kopfzeile, beliebige Spaltenreihenfolge). Eine fehlende Variante wird angelegt; eine fehlerhafte Zeile wird als DATEI:ZEILE gemeldet, und es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .taktflow project file (created if missing).</source>
        <translation>Die .taktflow-Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant name.</source>
        <translation>Name der Variante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tasks.csv: id,name,time_s,predecessors[,automated].</source>
        <translation>tasks.csv: id,name,time_s,predecessors[,automated].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>items.csv: id,name,type,x_m,y_m,width_m,depth_m[,rotation_deg,height_m,automated,power_kw].</source>
        <translation>items.csv: id,name,type,x_m,y_m,width_m,depth_m[,rotation_deg,height_m,automated,power_kw].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flows.csv: from,to,units_per_period[,product].</source>
        <translation>flows.csv: from,to,units_per_period[,product].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand in units per period.</source>
        <translation>Bedarf in Einheiten pro Periode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available production time per period in seconds.</source>
        <translation>Verfügbare Produktionszeit pro Periode in Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the closed polylines of a DXF drawing as layout items.</source>
        <translation>Geschlossene Polylinien einer DXF-Zeichnung als Layout-Elemente hinzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers to import and their item types, e.g. MACHINES=machine,BENCHES=workstation (default: the layers whose names suggest a type).</source>
        <translation>Zu importierende Layer und ihre Elementtypen, z. B. MACHINES=machine,BENCHES=workstation (Standard: die Layer, deren Namen auf einen Typ hindeuten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing units, mm or m (default: the file&apos;s $INSUNITS).</source>
        <translation>Zeichnungseinheiten, mm oder m (Standard: $INSUNITS der Datei).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: variant &apos;%2&apos; now has %3, %4, %5</source>
        <comment>file, variant, items, tasks, flows</comment>
        <translation>%1: Variante „%2“ hat jetzt %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+21"/>
        <location filename="../app/cli/cmd_project.cpp" line="+39"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Arbeitsgang</numerusform>
            <numerusform>%n Arbeitsgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write tasks.csv, items.csv and flows.csv of a variant (--format csv, the default), or the whole project as JSON for other tools (--format json; structure in docs/json-export.md).</source>
        <translation>tasks.csv, items.csv und flows.csv einer Variante schreiben (--format csv, Standard) oder das gesamte Projekt als JSON für andere Werkzeuge (--format json; Struktur in docs/json-export.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant name (CSV).</source>
        <translation>Variantenname (CSV).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output folder (CSV; created if missing).</source>
        <translation>Ausgabeordner (CSV; wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON output file (default: standard output).</source>
        <translation>JSON-Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format: &apos;%1&apos; is neither csv nor json</source>
        <translation>--format: &apos;%1&apos; ist weder csv noch json</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+30"/>
        <location line="+14"/>
        <source>%1: nothing was written</source>
        <translation>%1: es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>export needs --variant and --dir</source>
        <translation>export braucht --variant und --dir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote tasks.csv, items.csv and flows.csv to %1</source>
        <translation>tasks.csv, items.csv und flows.csv nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_kpi.cpp" line="-20"/>
        <source>Takt time: %1 s</source>
        <translation>Taktzeit: %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow (%1): %2 units, %3 units·m, cost %4, %5 transporter(s)</source>
        <translation>Materialfluss (%1): %2 Einheiten, %3 Einheiten·m, Kosten %4, %5 Transportmittel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automation: work %1 %, stations %2 %, transport %3 %, %4 manual operator(s)</source>
        <translation>Automatisierung: Arbeit %1 %, Stationen %2 %, Transport %3 %, %4 manuelle Werker</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Line: %1, cycle %2 s, efficiency %3 %, smoothness %4</source>
        <translation>Linie: %1, Zyklus %2 s, Wirkungsgrad %3 %, Glättung %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Station</numerusform>
            <numerusform>%n Stationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Layout: %1, %2 overlap(s), %3 clearance violation(s), utilisation %4 %</source>
        <translation>Layout: %1, %2 Überlappung(en), %3 Abstandsverletzung(en), Flächennutzung %4 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Energy: %1 kWh per period, %2 kg CO2e per unit</source>
        <translation>Energie: %1 kWh pro Periode, %2 kg CO2e pro Einheit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compute the key figures of a project&apos;s layout variants.</source>
        <translation>Kennzahlen der Layoutvarianten eines Projekts berechnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this variant (name or id).</source>
        <translation>Nur diese Variante (Name oder ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list the layout findings.</source>
        <translation>Auch die Layoutbefunde auflisten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: variant &apos;%2&apos;, line &apos;%3&apos;: no feasible station assignment at takt %4 s.</source>
        <translation>%1: Variante „%2“, Linie „%3“: keine zulässige Stationszuordnung bei Takt %4 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_project.cpp" line="-78"/>
        <source>Create a new project file.</source>
        <translation>Neue Projektdatei anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .taktflow file to create.</source>
        <translation>Die anzulegende .taktflow-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the bundled sample project.</source>
        <translation>Das mitgelieferte Beispielprojekt kopieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file exists; use --force to overwrite it</source>
        <translation>%1: die Datei existiert; mit --force wird sie überschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variant 1</source>
        <translation>Variante 1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Created %1 with %n variant(s).</source>
        <translation>
            <numerusform>%1 mit %n Variante angelegt.</numerusform>
            <numerusform>%1 mit %n Varianten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the variants of a project and what they hold.</source>
        <translation>Die Varianten eines Projekts und ihren Inhalt anzeigen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Project: %1 (author %2, revision %3)</source>
        <translation>Projekt: %1 (Verfasser %2, Revision %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: %2, %3, %4, %5</source>
        <comment>variant name: items, tasks, flows, products</comment>
        <translation>  %1: %2, %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check a project file and its model; prints one line per problem, exit 2 when there are any.</source>
        <translation>Projektdatei und ihr Modell prüfen; gibt eine Zeile je Problem aus, Exit-Code 2, wenn es welche gibt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../app/document/commands/cmditemadd.cpp" line="+13"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n Objekt hinzufügen</numerusform>
            <numerusform>%n Objekte hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdkpiweight.cpp" line="+17"/>
        <source>Change weight of %1</source>
        <translation>Gewicht von %1 ändern</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdvariant.cpp" line="+36"/>
        <source>Delete variant %1</source>
        <translation>Variante %1 löschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename variant to %1</source>
        <translation>Variante in %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/document/commands/itemproperties.h" line="+69"/>
        <source>Edit outline</source>
        <translation>Umriss bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move items</source>
        <translation>Objekte verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename item</source>
        <translation>Objekt umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change item type</source>
        <translation>Objekttyp ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change item height</source>
        <translation>Objekthöhe ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change automation level</source>
        <translation>Automatisierungsgrad ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change power</source>
        <translation>Leistung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change clearance</source>
        <translation>Sicherheitsabstand ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix items in place</source>
        <translation>Objekte fixieren</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdline.cpp" line="+83"/>
        <source>Change line settings</source>
        <translation>Linieneinstellungen ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>%n Arbeitsgang hinzufügen</numerusform>
            <numerusform>%n Arbeitsgänge hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>%n Arbeitsgang löschen</numerusform>
            <numerusform>%n Arbeitsgänge löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reorder task %1</source>
        <translation>Arbeitsgang %1 umsortieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add precedence %1 before %2</source>
        <translation>Vorrangbeziehung %1 vor %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove precedence %1 before %2</source>
        <translation>Vorrangbeziehung %1 vor %2 entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unassign task %1</source>
        <translation>Zuordnung von Arbeitsgang %1 aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move task %1 to station %2</source>
        <translation>Arbeitsgang %1 zu Station %2 verschieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change station %1</source>
        <translation>Station %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add station</source>
        <translation>Station hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove station %1</source>
        <translation>Station %1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add line %1</source>
        <translation>Linie %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete line %1</source>
        <translation>Linie %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdsimulation.cpp" line="+22"/>
        <source>Change the time distribution of task %1</source>
        <translation>Zeitverteilung von Arbeitsgang %1 ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the simulation of station %1</source>
        <translation>Simulation von Station %1 ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the buffer after station %1</source>
        <translation>Puffer nach Station %1 ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the simulation source</source>
        <translation>Simulationsquelle ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the simulation run settings</source>
        <translation>Simulationslaufeinstellungen ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply sized buffers</source>
        <translation>Dimensionierte Puffer übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store the simulation result</source>
        <translation>Simulationsergebnis speichern</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+71"/>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a field longer than %1 characters</source>
        <translation>ein Feld mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../core/io/tablecsv.cpp" line="+57"/>
        <source>no column chosen for &apos;%1&apos;</source>
        <translation>keine Spalte für &apos;%1&apos; gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing column &apos;%1&apos;</source>
        <translation>Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>unbekannte Spalte „%1“ ignoriert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &apos;%2&apos; is not a number with a decimal comma</source>
        <translation>%1 &apos;%2&apos; ist keine Zahl mit Dezimalkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must not be negative, is %2</source>
        <translation>%1 darf nicht negativ sein, ist aber %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &apos;%2&apos; is not 0/1/true/false</source>
        <translation>%1 „%2“ ist nicht 0/1/true/false</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>empty %1</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>duplicate task id &apos;%1&apos; (first on line %2)</source>
        <translation>doppelte Arbeitsgang-ID „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>predecessor &apos;%1&apos; of task &apos;%2&apos; does not exist</source>
        <translation>Vorgänger „%1“ des Arbeitsgangs „%2“ existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>precedence cycle: %1</source>
        <translation>Zyklus in den Vorrangbeziehungen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown type &apos;%1&apos;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width and depth must be greater than zero</source>
        <translation>Breite und Tiefe müssen größer als null sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate item id &apos;%1&apos; (first on line %2)</source>
        <translation>doppelte Objekt-ID „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>item &apos;%1&apos; does not exist</source>
        <translation>Objekt „%1“ existiert nicht</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <location filename="../app/gui/exchange/dataexchange.cpp" line="+48"/>
        <source>Line 1</source>
        <translation>Linie 1</translation>
    </message>
</context>
<context>
    <name>DensityPreview</name>
    <message>
        <location filename="../app/render/densitypreview.cpp" line="+149"/>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1 s</source>
        <translation>Mittelwert %1 s</translation>
    </message>
</context>
<context>
    <name>DesktopRecent</name>
    <message>
        <location filename="../app/gui/desktoprecent.cpp" line="+133"/>
        <source>%1: cannot be read or is too large</source>
        <translation>%1: kann nicht gelesen werden oder ist zu groß</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:%2: not a desktop bookmark (XBEL) file</source>
        <translation>%1:%2: keine Desktop-Lesezeichendatei (XBEL)</translation>
    </message>
</context>
<context>
    <name>DrawingExport</name>
    <message>
        <location filename="../app/render/drawingexport.cpp" line="+22"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown export format of %1; use .png, .svg or .pdf</source>
        <translation>Unbekanntes Exportformat von %1; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plant layout drawn by Taktflow</source>
        <translation>Fabriklayout, gezeichnet mit Taktflow</translation>
    </message>
</context>
<context>
    <name>DxfExport</name>
    <message>
        <location filename="../app/io/dxfexport.cpp" line="+63"/>
        <location line="+69"/>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DxfItemImport</name>
    <message>
        <location filename="../app/io/dxfoutlines.cpp" line="+129"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an ASCII DXF drawing (binary DXF and DWG are not read)</source>
        <translation>%1 ist keine ASCII-DXF-Zeichnung (binäres DXF und DWG werden nicht gelesen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged: a value could not be read as a number</source>
        <translation>%1 ist beschädigt: Ein Wert konnte nicht als Zahl gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: a polyline has a coordinate that is not a finite number</source>
        <translation>%1 ist beschädigt: Eine Polylinie hat eine Koordinate, die keine endliche Zahl ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has too many polylines or vertices to import as items</source>
        <translation>%1 hat zu viele Polylinien oder Stützpunkte, um sie als Elemente zu importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no closed polylines to import as items</source>
        <translation>%1 hat keine geschlossenen Polylinien, die als Elemente importiert werden können</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <location filename="../app/gui/layout/editoperations.cpp" line="+80"/>
        <source>Rotate items</source>
        <translation>Objekte drehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move items</source>
        <translation>Objekte verschieben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Align items</source>
        <translation>Objekte ausrichten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Distribute items</source>
        <translation>Objekte verteilen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paste items</source>
        <translation>Objekte einfügen</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="+82"/>
        <source>Taktflow: design production lines and plant layouts.</source>
        <translation>Taktflow: Produktionslinien und Fabriklayouts planen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .taktflow project to open.</source>
        <translation>Ein zu öffnendes .taktflow-Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the bundled sample project.</source>
        <translation>Das mitgelieferte Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the most recently used project (File &gt; Open Recent).</source>
        <translation>Das zuletzt verwendete Projekt öffnen (Datei &gt; Zuletzt geöffnet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a screenshot and exit.</source>
        <translation>Bildschirmfoto speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace to show: layout, line, simulation, simulation-animation, 3d or compare (those that are built).</source>
        <translation>Anzuzeigender Arbeitsbereich: layout, line, simulation, simulation-animation, 3d oder compare (sofern eingebaut).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The current line cannot be animated; see the Simulation workspace.</source>
        <translation>Die aktuelle Linie kann nicht animiert werden; siehe Arbeitsbereich Simulation.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Variant to show.</source>
        <translation>Anzuzeigende Variante.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recently used project exists any more; starting without one.</source>
        <translation>Kein zuletzt verwendetes Projekt ist mehr vorhanden; Start ohne Projekt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown view &apos;%1&apos;; known views: %2</source>
        <translation>Unbekannte Ansicht „%1“; bekannte Ansichten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No variant named &apos;%1&apos;</source>
        <translation>Keine Variante namens „%1“</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ItemPaste</name>
    <message>
        <location filename="../app/gui/exchange/itempaste.cpp" line="+78"/>
        <source>clipboard row %1: %2</source>
        <translation>Zwischenablage-Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clipboard holds no rows</source>
        <translation>die Zwischenablage enthält keine Zeilen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>clipboard row 1: %1 columns, the Items table has %2</source>
        <translation>Zwischenablage-Zeile 1: %1 Spalten, die Elemente-Tabelle hat %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pasted rows have no id column</source>
        <translation>die eingefügten Zeilen haben keine ID-Spalte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>clipboard row %1: %2 cells, expected %3</source>
        <translation>Zwischenablage-Zeile %1: %2 Zellen, erwartet: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>clipboard row %1: new item &apos;%2&apos; needs a value for %3</source>
        <translation>Zwischenablage-Zeile %1: Das neue Element &apos;%2&apos; benötigt einen Wert für %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>clipboard row</source>
        <translation>Zwischenablage-Zeile</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <location filename="../app/render/itemstyle.cpp" line="+42"/>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conveyor</source>
        <translation>Förderband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>Regal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Stütze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock</source>
        <translation>Rampe</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../core/compare/kpicatalog.cpp" line="+12"/>
        <source>Takt time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time</source>
        <translation>Zykluszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line efficiency</source>
        <translation>Bandwirkungsgrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance delay</source>
        <translation>Balance-Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothness index</source>
        <translation>Glättungsindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow distance</source>
        <translation>Flussdistanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport cost</source>
        <translation>Transportkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transporters needed</source>
        <translation>Benötigte Transportmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated work content</source>
        <translation>Automatisierter Arbeitsinhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated stations</source>
        <translation>Automatisierte Stationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated items</source>
        <translation>Automatisierte Objekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated transport</source>
        <translation>Automatisierter Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual operators</source>
        <translation>Manuelle Werker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor utilisation</source>
        <translation>Flächennutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout findings</source>
        <translation>Layoutbefunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per unit</source>
        <translation>Energie pro Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CO2e per unit</source>
        <translation>CO2e pro Einheit</translation>
    </message>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="+55"/>
        <source>Simulated throughput</source>
        <translation>Simulierte Ausbringung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated lead time</source>
        <translation>Simulierte Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated WIP</source>
        <translation>Simulierter Umlaufbestand (WIP)</translation>
    </message>
</context>
<context>
    <name>KpiDock</name>
    <message>
        <location filename="../app/gui/docks/kpidock.cpp" line="+22"/>
        <source>Flow distance</source>
        <translation>Flussdistanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport cost</source>
        <translation>Transportkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporters / drivers</source>
        <translation>Transportmittel / Fahrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>Überlappungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance violations</source>
        <translation>Abstandsverletzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow aisles</source>
        <translation>Zu schmale Gänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor utilisation</source>
        <translation>Flächennutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takt time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency</source>
        <translation>Bandwirkungsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated work content</source>
        <translation>Automatisierter Arbeitsinhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per unit</source>
        <translation>Energie pro Einheit</translation>
    </message>
</context>
<context>
    <name>KpiUnit</name>
    <message>
        <location filename="../core/compare/kpicatalog.cpp" line="-20"/>
        <source>units x m/period</source>
        <translation>Einheiten × m/Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per period</source>
        <translation>pro Periode</translation>
    </message>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="-4"/>
        <source>units/h</source>
        <translation>Einheiten/h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parts</source>
        <translation>Teile</translation>
    </message>
</context>
<context>
    <name>LineBalancer</name>
    <message numerus="yes">
        <location filename="../app/gui/line/linebalancer.cpp" line="+48"/>
        <source>No assignment to %n station(s) was found.</source>
        <translation>
            <numerusform>Es wurde keine Zuordnung zu %n Station gefunden.</numerusform>
            <numerusform>Es wurde keine Zuordnung zu %n Stationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The line has no tasks to balance.</source>
        <translation>Die Linie hat keine Arbeitsgänge zum Austakten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balancing for the fewest stations needs a takt time: enter the demand and shift calendar.</source>
        <translation>Die Austaktung auf die wenigsten Stationen braucht eine Taktzeit: geben Sie Bedarf und Schichtkalender ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of stations must be at least 1.</source>
        <translation>Die Anzahl der Stationen muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelled before a solution was found.</source>
        <translation>Abgebrochen, bevor eine Lösung gefunden wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the best solution found so far is shown.</source>
        <translation>Abgebrochen; die bisher beste Lösung wird gezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit reached; optimality not proven.</source>
        <translation>Zeitlimit erreicht; Optimalität nicht bewiesen.</translation>
    </message>
</context>
<context>
    <name>LineMetricsPanel</name>
    <message>
        <location filename="../app/gui/line/linemetricspanel.cpp" line="+27"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station copies, parallel stations counted each</source>
        <translation>Stationsexemplare, parallele Stationen einzeln gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time</source>
        <translation>Zykluszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest station time: the cycle the line achieves</source>
        <translation>Größte Stationszeit: der Zyklus, den die Linie erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takt time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency</source>
        <translation>Bandwirkungsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work content / (stations × cycle time)</source>
        <translation>Arbeitsinhalt / (Stationen × Zykluszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance delay</source>
        <translation>Balance-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − line efficiency</source>
        <translation>1 − Bandwirkungsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothness index</source>
        <translation>Glättungsindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>√(Σ (cycle time − station time)²) over stations</source>
        <translation>√(Σ (Zykluszeit − Stationszeit)²) über die Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time per cycle</source>
        <translation>Leerzeit pro Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations × cycle time − work content</source>
        <translation>Stationen × Zykluszeit − Arbeitsinhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station with the largest time</source>
        <translation>Die Station mit der größten Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>Werker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per station copy that is not fully automated</source>
        <translation>Einer je Stationsexemplar, das nicht voll automatisiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output per period</source>
        <translation>Ausbringung pro Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole units: available time per period / cycle time, rounded down</source>
        <translation>Ganze Einheiten: verfügbare Zeit pro Periode / Zykluszeit, abgerundet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned tasks</source>
        <translation>Nicht zugeordnete Arbeitsgänge</translation>
    </message>
</context>
<context>
    <name>LineModelReader</name>
    <message>
        <location filename="../core/simulation/linemodelreader.cpp" line="+29"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the key is missing</source>
        <translation>der Schlüssel fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list, found %1</source>
        <translation>Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time cannot be negative (%1 s)</source>
        <translation>eine Zeit kann nicht negativ sein (%1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s is longer than the largest accepted time, %2 s</source>
        <translation>%1 s ist länger als die größte zulässige Zeit, %2 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside the accepted range %2 to %3</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs %2 bis %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected the name of a distribution, found %1</source>
        <translation>Name einer Verteilung erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown distribution &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Verteilung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an empirical time needs at least one sample</source>
        <translation>eine empirische Zeit braucht mindestens einen Stichprobenwert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>give exactly one of &quot;saturated&quot;: true, &quot;interarrival&quot; or &quot;takt_s&quot;</source>
        <translation>genau eines von &quot;saturated&quot;: true, &quot;interarrival&quot; oder &quot;takt_s&quot; angeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected true, found %1</source>
        <translation>true erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a source that is not saturated needs &quot;interarrival&quot; or &quot;takt_s&quot;</source>
        <translation>eine nicht gesättigte Quelle braucht &quot;interarrival&quot; oder &quot;takt_s&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the mean inter-arrival time must be above 0 s</source>
        <translation>die mittlere Zwischenankunftszeit muss über 0 s liegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the takt time must be above 0 s</source>
        <translation>die Taktzeit muss über 0 s liegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give only one of mtbf_s, mtbf and operations (found %1)</source>
        <translation>nur eines von mtbf_s, mtbf und operations angeben (%1 gefunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give only one of mttr_s and mttr</source>
        <translation>nur eines von mttr_s und mttr angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is missing (failures need mtbf_s and mttr_s)</source>
        <translation>der Schlüssel fehlt (Ausfälle brauchen mtbf_s und mttr_s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is missing: %1 without a mean time between failures</source>
        <translation>der Schlüssel fehlt: %1 ohne mittlere Betriebszeit zwischen Ausfällen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is missing: %1 without a mean time to repair</source>
        <translation>der Schlüssel fehlt: %1 ohne mittlere Reparaturzeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the mean time between failures must be above 0 s</source>
        <translation>die mittlere Betriebszeit zwischen Ausfällen muss über 0 s liegen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected a station name, found %1</source>
        <translation>Stationsname erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected one buffer per gap between stations (%1), found %2</source>
        <translation>ein Puffer je Lücke zwischen Stationen erwartet (%1), %2 gefunden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the line needs at least one station</source>
        <translation>die Linie braucht mindestens eine Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 stations</source>
        <translation>mehr als %1 Stationen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the demand must be between 0 and 10^9 units per hour</source>
        <translation>der Bedarf muss zwischen 0 und 10^9 Einheiten pro Stunde liegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2:%3: not valid JSON%4: %5</source>
        <translation>%1:%2:%3: kein gültiges JSON%4: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the top level must be a JSON object with &quot;source&quot;, &quot;stations&quot; and &quot;buffers&quot;</source>
        <translation>%1: die oberste Ebene muss ein JSON-Objekt mit &quot;source&quot;, &quot;stations&quot; und &quot;buffers&quot; sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: die Datei ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>ModelFileCheck</name>
    <message>
        <location filename="../core/io/modelfilecheck.cpp" line="+48"/>
        <location line="+23"/>
        <source>more than %1 triangles</source>
        <translation>mehr als %1 Dreiecke</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>a vertex of the ASCII STL file is not three numbers</source>
        <translation>ein Eckpunkt der ASCII-STL-Datei besteht nicht aus drei Zahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ASCII STL file has no complete triangles</source>
        <translation>die ASCII-STL-Datei hat keine vollständigen Dreiecke</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the STL file has no triangles</source>
        <translation>die STL-Datei hat keine Dreiecke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>triangle %1 of the STL file has an invalid number</source>
        <translation>Dreieck %1 der STL-Datei enthält eine ungültige Zahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>neither a binary STL file (its size does not match its triangle count) nor an ASCII STL file</source>
        <translation>weder eine binäre STL-Datei (ihre Größe passt nicht zur Anzahl der Dreiecke) noch eine ASCII-STL-Datei</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an OBJ file is text, this one holds binary data</source>
        <translation>eine OBJ-Datei ist Text, diese enthält Binärdaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: too few coordinates</source>
        <translation>Zeile %1: zu wenige Koordinaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>more than %1 vertices</source>
        <translation>mehr als %1 Eckpunkte</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>line %1: a face needs at least three corners</source>
        <translation>Zeile %1: Eine Fläche braucht mindestens drei Ecken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: face corner &quot;%2&quot; refers to no vertex</source>
        <translation>Zeile %1: Flächenecke &quot;%2&quot; verweist auf keinen Eckpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+66"/>
        <source>more than %1 faces</source>
        <translation>mehr als %1 Flächen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>the OBJ file has no faces</source>
        <translation>die OBJ-Datei hat keine Flächen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a PLY file (no &quot;ply&quot; header ending in &quot;end_header&quot;)</source>
        <translation>keine PLY-Datei (kein &quot;ply&quot;-Header, der mit &quot;end_header&quot; endet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the PLY element &quot;%1&quot; has no valid count</source>
        <translation>das PLY-Element &quot;%1&quot; hat keine gültige Anzahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a PLY property has an unknown type</source>
        <translation>eine PLY-Eigenschaft hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PLY file names no known format</source>
        <translation>die PLY-Datei nennt kein bekanntes Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PLY file has no vertices or no faces</source>
        <translation>die PLY-Datei hat keine Eckpunkte oder keine Flächen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PLY file is shorter than its header says</source>
        <translation>die PLY-Datei ist kürzer als im Header angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unsupported model format &quot;%1&quot; (use glTF, OBJ or STL)</source>
        <translation>nicht unterstütztes Modellformat &quot;%1&quot; (verwenden Sie glTF, OBJ oder STL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refers to &quot;%1&quot; outside the model&apos;s folder</source>
        <translation>verweist auf &quot;%1&quot; außerhalb des Modellordners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file &quot;%1&quot; it refers to is missing</source>
        <translation>die referenzierte Datei &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/io/gltfcheck.cpp" line="+108"/>
        <source>its buffers are larger than %1 MiB</source>
        <translation>seine Puffer sind größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/io/gltfcheck.cpp" line="-19"/>
        <source>the glTF JSON is invalid at byte %1: %2</source>
        <translation>das glTF-JSON ist bei Byte %1 ungültig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>glTF version &quot;%1&quot; is not supported; export the model as glTF 2.0</source>
        <translation>glTF-Version &quot;%1&quot; wird nicht unterstützt; exportieren Sie das Modell als glTF 2.0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>buffer %1 has no valid byteLength</source>
        <translation>Puffer %1 hat keine gültige byteLength</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>buffer %1 has no data</source>
        <translation>Puffer %1 enthält keine Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>embedded buffer %1 is shorter than its byteLength</source>
        <translation>eingebetteter Puffer %1 ist kürzer als seine byteLength</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer %1 has an unsupported address</source>
        <translation>Puffer %1 hat eine nicht unterstützte Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>buffer view %1 lies outside its buffer</source>
        <translation>Pufferansicht %1 liegt außerhalb ihres Puffers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>accessor %1 has no valid count, component type or type</source>
        <translation>Accessor %1 hat keine gültige Anzahl, keinen gültigen Komponententyp oder Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accessor %1 has more than %2 elements</source>
        <translation>Accessor %1 hat mehr als %2 Elemente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accessor %1 refers to no buffer view</source>
        <translation>Accessor %1 verweist auf keine Pufferansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buffer view %1 has an invalid byteStride</source>
        <translation>Pufferansicht %1 hat einen ungültigen byteStride</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accessor %1 reads past the end of its buffer view</source>
        <translation>Accessor %1 liest über das Ende seiner Pufferansicht hinaus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mesh %1 refers to a missing accessor</source>
        <translation>Mesh %1 verweist auf einen fehlenden Accessor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the glTF file has no meshes</source>
        <translation>die glTF-Datei hat keine Meshes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a binary glTF file</source>
        <translation>keine binäre glTF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary glTF version %1 is not supported</source>
        <translation>binäre glTF-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the binary glTF file is %1 bytes, its header says %2</source>
        <translation>die binäre glTF-Datei ist %1 Byte groß, ihr Header gibt %2 an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the binary glTF file has no complete JSON chunk</source>
        <translation>die binäre glTF-Datei hat keinen vollständigen JSON-Chunk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the binary chunk of the glTF file is damaged</source>
        <translation>der Binär-Chunk der glTF-Datei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../core/layout/outlinecheck.cpp" line="+19"/>
        <source>an outline needs at least three corners</source>
        <translation>ein Umriss braucht mindestens drei Ecken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a corner is not a finite number</source>
        <translation>eine Ecke ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two neighbouring corners lie on the same point</source>
        <translation>zwei benachbarte Ecken liegen auf demselben Punkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>the outline would cross or touch itself</source>
        <translation>der Umriss würde sich selbst schneiden oder berühren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outline would fold back on itself (a spike)</source>
        <translation>der Umriss würde auf sich selbst zurückklappen (eine Spitze)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline would have no area</source>
        <translation>der Umriss hätte keine Fläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outline would not be a simple polygon</source>
        <translation>der Umriss wäre kein einfaches Polygon</translation>
    </message>
</context>
<context>
    <name>OutlineImport</name>
    <message>
        <location filename="../core/io/outlineitems.cpp" line="+106"/>
        <source>%1: polyline %2 on layer &apos;%3&apos;: %4</source>
        <translation>%1: Polylinie %2 auf Layer &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer than three distinct corners</source>
        <translation>weniger als drei verschiedene Ecken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the outline encloses no area</source>
        <translation>der Umriss umschließt keine Fläche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline crosses itself</source>
        <translation>der Umriss schneidet sich selbst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no closed polylines on the chosen layers</source>
        <translation>%1: keine geschlossenen Polylinien auf den gewählten Layern</translation>
    </message>
</context>
<context>
    <name>PlantView3D</name>
    <message>
        <location filename="../app/view3d/glsupport.cpp" line="+39"/>
        <source>The 3D view is turned off (TAKTFLOW_DISABLE_3D is set).</source>
        <translation>Die 3D-Ansicht ist ausgeschaltet (TAKTFLOW_DISABLE_3D ist gesetzt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The 3D view needs OpenGL, which the &quot;%1&quot; display platform does not provide. Everything else works as usual; start Taktflow on a desktop with graphics drivers to see the line in 3D.</source>
        <translation>Die 3D-Ansicht braucht OpenGL, das die Anzeigeplattform „%1“ nicht bietet. Alles andere funktioniert wie gewohnt; starten Sie Taktflow auf einem Desktop mit Grafiktreibern, um die Linie in 3D zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 3D view needs OpenGL, but no OpenGL context could be created (no graphics driver, or a remote desktop without 3D). Everything else works as usual.</source>
        <translation>Die 3D-Ansicht braucht OpenGL, aber es konnte kein OpenGL-Kontext angelegt werden (kein Grafiktreiber oder ein Remote-Desktop ohne 3D). Alles andere funktioniert wie gewohnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The 3D view needs OpenGL 3.3, which the graphics driver &quot;%1&quot; does not offer. Everything else works as usual.</source>
        <translation>Die 3D-Ansicht braucht OpenGL 3.3, das der Grafiktreiber „%1“ nicht bietet. Alles andere funktioniert wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>PrecedenceGraphView</name>
    <message>
        <location filename="../app/gui/line/precedencegraphitems.cpp" line="+92"/>
        <source>%1 before %2 (select and press Delete to remove)</source>
        <translation>%1 vor %2 (zum Entfernen auswählen und Entf drücken)</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../core/storage/projectfile.cpp" line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Taktflow project (not an SQLite database)</source>
        <translation>kein Taktflow-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the database: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database is damaged: %1</source>
        <translation>die Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Taktflow project (another program&apos;s SQLite database)</source>
        <translation>kein Taktflow-Projekt (SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>made by a newer Taktflow (file format %1); this version reads formats up to %2. Please update Taktflow.</source>
        <translation>von einem neueren Taktflow erstellt (Dateiformat %1); diese Version liest Formate bis %2. Bitte aktualisieren Sie Taktflow.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown file format %1</source>
        <translation>unbekanntes Dateiformat %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s tables differ from the Taktflow format %1 (extra or altered tables, triggers or views); refused for safety</source>
        <translation>die Tabellen der Datei weichen vom Taktflow-Format %1 ab (zusätzliche oder geänderte Tabellen, Trigger oder Sichten); aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>broken reference in table %1</source>
        <translation>fehlerhafter Verweis in Tabelle %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write in folder %1: %2</source>
        <translation>im Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>saving failed, the file was not changed: %1</source>
        <translation>Speichern fehlgeschlagen, die Datei wurde nicht verändert: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+61"/>
        <source>Taktflow projects (*.taktflow);;All files (*)</source>
        <translation>Taktflow-Projekte (*.taktflow);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QapCommand</name>
    <message>
        <location filename="../app/cli/cmd_qap.cpp" line="+39"/>
        <source>Solves a quadratic assignment problem read from a QAPLIB .dat file (n, then the flow matrix A, then the distance matrix B) and prints the cost and the 1-based permutation p minimising sum A[i][j] * B[p(i)][p(j)].</source>
        <translation>Löst ein quadratisches Zuordnungsproblem aus einer QAPLIB-.dat-Datei (n, dann die Flussmatrix A, dann die Distanzmatrix B) und gibt die Kosten und die 1-basierte Permutation p aus, die sum A[i][j] * B[p(i)][p(j)] minimiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search time in seconds (default 10).</source>
        <translation>Suchzeit in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stop after this many tabu steps (0 = no limit); with a budget the result depends only on the seed and the thread count.</source>
        <translation>Nach so vielen Tabu-Schritten anhalten (0 = unbegrenzt); mit einem Budget hängt das Ergebnis nur vom Startwert und der Thread-Anzahl ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker threads (default: up to 2).</source>
        <translation>Arbeits-Threads (Standard: bis zu 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints one JSON object.</source>
        <translation>Gibt ein JSON-Objekt aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QAPLIB .dat file.</source>
        <translation>Die QAPLIB-.dat-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--time-limit needs a number of seconds &gt;= 0, not &quot;%1&quot;.</source>
        <translation>--time-limit braucht eine Sekundenzahl &gt;= 0, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed needs a non-negative integer, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine nichtnegative ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--iterations needs an integer &gt;= 0, not &quot;%1&quot;.</source>
        <translation>--iterations braucht eine ganze Zahl &gt;= 0, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--threads needs an integer from 0 to 64, not &quot;%1&quot;.</source>
        <translation>--threads braucht eine ganze Zahl von 0 bis 64, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a positive --time-limit or an --iterations budget.</source>
        <translation>Geben Sie ein positives --time-limit oder ein --iterations-Budget an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No assignment was found.</source>
        <translation>Es wurde keine Zuordnung gefunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>n: %1</source>
        <translation>n: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (optimal)</source>
        <translation> (optimal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permutation: %1</source>
        <translation>Permutation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations: %1, time: %2 s</source>
        <translation>Iterationen: %1, Zeit: %2 s</translation>
    </message>
</context>
<context>
    <name>QapLibReader</name>
    <message>
        <location filename="../core/io/qaplibreader.cpp" line="+116"/>
        <source>the file is empty; expected the size n</source>
        <translation>die Datei ist leer; erwartet wurde die Größe n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected the size n as an integer, found &quot;%1&quot;</source>
        <translation>erwartet wurde die Größe n als ganze Zahl, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size n = %1 is outside 1..%2</source>
        <translation>die Größe n = %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>flow matrix A</source>
        <translation>Flussmatrix A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distance matrix B</source>
        <translation>Distanzmatrix B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file ends after %1 of the %2 values of the %3</source>
        <translation>die Datei endet nach %1 der %2 Werte der %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the number %1 does not fit a 64-bit integer</source>
        <translation>die Zahl %1 passt nicht in eine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an integer in the %1, found &quot;%2&quot;</source>
        <translation>erwartet wurde eine ganze Zahl in der %1, gefunden „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected data &quot;%1&quot; after the two matrices</source>
        <translation>unerwartete Daten „%1“ nach den beiden Matrizen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>QapSolver</name>
    <message>
        <location filename="../core/arrangement/qapsolver.cpp" line="+121"/>
        <source>The problem size %1 is outside 0..%2.</source>
        <translation>Die Problemgröße %1 liegt außerhalb von 0..%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The flow and distance matrices must both be %1 x %1.</source>
        <translation>Fluss- und Distanzmatrix müssen beide %1 × %1 groß sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matrix values are too large: costs could exceed 64-bit integers.</source>
        <translation>Die Matrixwerte sind zu groß: die Kosten könnten 64-Bit-Ganzzahlen überschreiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start assignment must have %1 entries.</source>
        <translation>Die Startzuordnung muss %1 Einträge haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start assignment is not a permutation of the freeSlots.</source>
        <translation>Die Startzuordnung ist keine Permutation der freeSlots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fixed items need a start assignment.</source>
        <translation>Fixierte Objekte brauchen eine Startzuordnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fixed item %1 is out of range or repeated.</source>
        <translation>Das fixierte Objekt %1 liegt außerhalb des Bereichs oder ist doppelt.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/render/report/reportsections.cpp" line="+60"/>
        <source>Unassigned tasks</source>
        <translation>Nicht zugeordnete Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work content (s)</source>
        <translation>Arbeitsinhalt (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units moved per period</source>
        <translation>Bewegte Einheiten pro Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel time per period (s)</source>
        <translation>Fahrzeit pro Periode (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable flows</source>
        <translation>Nicht erreichbare Flüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Items</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Overlaps</source>
        <translation>Überlappungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance violations</source>
        <translation>Abstandsverletzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items outside the building</source>
        <translation>Objekte außerhalb des Gebäudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow aisles</source>
        <translation>Zu schmale Gänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable area (m2)</source>
        <translation>Nutzfläche (m2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied area (m2)</source>
        <translation>Belegte Fläche (m2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment energy per period (kWh)</source>
        <translation>Energie der Betriebsmittel pro Periode (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport energy per period (kWh)</source>
        <translation>Transportenergie pro Periode (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per period (kWh)</source>
        <translation>Energie pro Periode (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO2e per period (kg)</source>
        <translation>CO2e pro Periode (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per period</source>
        <translation>Einheiten pro Periode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key (kpi --json)</source>
        <translation>Schlüssel (kpi --json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/render/report/simulationsection.cpp" line="+178"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distance metric</source>
        <translation>Abstandsmaß</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3D view</source>
        <translation>3D-Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This variant has no production line.</source>
        <translation>Diese Variante hat keine Produktionslinie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: takt %2 s, %3 stations, cycle time %4 s, efficiency %5</source>
        <translation>%1: Takt %2 s, %3 Stationen, Zykluszeit %4 s, Wirkungsgrad %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line had no station assignment; shown is an optimal SALBP-1 balance at takt.</source>
        <translation>Die Linie hatte keine Stationszuordnung; gezeigt wird eine optimale SALBP-1-Austaktung bei Taktzeit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/render/report/simulationsection.cpp" line="+39"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Distances are %1. Total flow distance %2 units x m per period, transport cost %3 per period.</source>
        <translation>Abstände: %1. Gesamte Flussdistanz %2 Einheiten × m pro Periode, Transportkosten %3 pro Periode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units/period</source>
        <translation>Einheiten/Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance (m)</source>
        <translation>Abstand (m)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units x m</source>
        <translation>Einheiten × m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heaviest flows</source>
        <translation>Stärkste Flüsse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From \ to (units/period)</source>
        <translation>Von \ nach (Einheiten/Periode)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From-to matrix</source>
        <translation>Von-Nach-Matrix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix shows the %1 items with the most flow.</source>
        <translation>Die Matrix zeigt die %1 Objekte mit dem meisten Fluss.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No findings: no overlaps, clearance violations, items outside, narrow aisles or unreachable flows.</source>
        <translation>Keine Befunde: keine Überlappungen, Abstandsverletzungen, Objekte außerhalb, zu schmalen Gänge oder nicht erreichbaren Flüsse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Best values are marked green; percentages are changes against the baseline &apos;%1&apos;.</source>
        <translation>Beste Werte sind grün markiert; Prozentangaben sind Änderungen gegenüber der Basis „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stale: the simulated figure comes from a run before the last change of the line or layout.</source>
        <translation>%1 veraltet: die simulierte Kennzahl stammt aus einem Lauf vor der letzten Änderung der Linie oder des Layouts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/render/report/reportwriter.cpp" line="+55"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ranking with equal weights</source>
        <translation>Rangfolge mit gleichen Gewichten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No KPI weights are set in the project: every KPI that every variant has and that has a better direction counts once (%n KPI(s)). Set weights in the Compare workspace to rank by what matters to you.</source>
        <translation>
            <numerusform>Im Projekt sind keine Kennzahlgewichte gesetzt: jede Kennzahl, die jede Variante hat und die eine bessere Richtung hat, zählt einmal (%n Kennzahl). Setzen Sie Gewichte im Arbeitsbereich Vergleich, um nach dem zu ordnen, was Ihnen wichtig ist.</numerusform>
            <numerusform>Im Projekt sind keine Kennzahlgewichte gesetzt: jede Kennzahl, die jede Variante hat und die eine bessere Richtung hat, zählt einmal (%n Kennzahlen). Setzen Sie Gewichte im Arbeitsbereich Vergleich, um nach dem zu ordnen, was Ihnen wichtig ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking by the project&apos;s KPI weights</source>
        <translation>Rangfolge nach den Kennzahlgewichten des Projekts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Layouts at the same scale</source>
        <translation>Layouts im gleichen Maßstab</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Comparison of variants</source>
        <translation>Vergleich der Varianten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>%1: key figures</source>
        <translation>%1: Kennzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1: line balance</source>
        <translation>%1: Austaktung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1: simulation</source>
        <translation>%1: Simulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1: material flow</source>
        <translation>%1: Materialfluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1: findings</source>
        <translation>%1: Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: layout</source>
        <translation>%1: Layout</translation>
    </message>
    <message>
        <location filename="../app/render/report/reportwriter.cpp" line="-12"/>
        <source>Layout alternatives report</source>
        <translation>Bericht zu Layoutalternativen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout report</source>
        <translation>Layoutbericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title block</source>
        <translation>Schriftfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the report has no variants</source>
        <translation>der Bericht enthält keine Varianten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot paint on the output device</source>
        <translation>auf dem Ausgabegerät kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taktflow report: %1</source>
        <translation>Taktflow-Bericht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1: die PDF-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/render/report/simulationsection.cpp" line="-181"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>every %n operation(s), repair %1</source>
        <translation>
            <numerusform>alle %n Arbeitsspiel, Reparatur %1</numerusform>
            <numerusform>alle %n Arbeitsspiele, Reparatur %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTBF %1 of operating time, MTTR %2 (exponential)</source>
        <translation>MTBF %1 Betriebszeit, MTTR %2 (exponentiell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between failures %1 of operating time, repair %2</source>
        <translation>zwischen Ausfällen %1 Betriebszeit, Reparatur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 (direct hand-off)</source>
        <translation>0 (direkte Übergabe)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Process time</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>Bedieneinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Failures</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <location line="+117"/>
        <source>Setup</source>
        <translation>Rüsten</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+3"/>
        <source>all stations</source>
        <translation>alle Stationen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buffers</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every gap</source>
        <translation>jede Lücke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task times</source>
        <translation>Arbeitsgangzeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all tasks</source>
        <translation>alle Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deterministic, as balanced</source>
        <translation>deterministisch, wie ausgetaktet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task time</source>
        <translation>Arbeitsgangzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Model mix</source>
        <translation>Modellmix</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>random, by the models&apos; demand shares</source>
        <translation>zufällig, nach den Bedarfsanteilen der Modelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per replication</source>
        <translation>je Replikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run length</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h after a warm-up of %2 h</source>
        <translation>%1 h nach einer Einschwingphase von %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift calendar</source>
        <translation>Schichtkalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed (breaks as pauses)</source>
        <translation>befolgt (Pausen als Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not followed</source>
        <translation>nicht befolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the variant&apos;s transporters over the aisles</source>
        <translation>durch die Transportmittel der Variante über die Gänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not simulated (parts hand over at once)</source>
        <translation>nicht simuliert (Teile werden sofort übergeben)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %1: %n vehicle(s)</source>
        <translation>
            <numerusform>; %1: %n Fahrzeug</numerusform>
            <numerusform>; %1: %n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>makes the demand: the whole 95 % interval lies above it</source>
        <translation>erfüllt den Bedarf: das gesamte 95-%-Intervall liegt darüber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misses the demand: the whole 95 % interval lies below it</source>
        <translation>verfehlt den Bedarf: das gesamte 95-%-Intervall liegt darunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecided: the demand lies inside the 95 % interval; more replications narrow it</source>
        <translation>unentschieden: der Bedarf liegt im 95-%-Intervall; mehr Replikationen machen es enger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Ausbringung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 units/h (95 % interval %2 to %3)</source>
        <translation>%1 Einheiten/h (95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 units/h (3600 s / takt %2 s)</source>
        <translation>%1 Einheiten/h (3600 s / Takt %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no takt time: the line has no demand set</source>
        <translation>keine Taktzeit: für die Linie ist kein Bedarf gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>Ausstoß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 units per replication</source>
        <translation>%1 Einheiten je Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean %1, 95th percentile %2</source>
        <translation>Mittelwert %1, 95. Perzentil %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work in process</source>
        <translation>Umlaufbestand (WIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 parts (mean)</source>
        <translation>%1 Teile (Mittelwert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (the bottleneck %2 of the time)</source>
        <translation>%1 (%2 der Zeit der Engpass)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starved</source>
        <translation>Unterversorgt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1</source>
        <translation>Linie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STALE: the line or the layout changed after this run (%1). The figures describe the line as it was then; run the simulation again.</source>
        <translation>VERALTET: Linie oder Layout wurden nach diesem Lauf geändert (%1). Die Kennzahlen beschreiben die Linie, wie sie damals war; führen Sie die Simulation erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulated %1: %2.</source>
        <translation>Simuliert am %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station states</source>
        <translation>Stationszustände</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameters of the run</source>
        <translation>Parameter des Laufs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fixed %1</source>
        <translation>fest %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exponential (mean %1)</source>
        <translation>exponentiell (Mittelwert %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal (mean %1, sd %2)</source>
        <translation>normal (Mittelwert %1, Standardabweichung %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal (mean %1, sd %2)</source>
        <translation>lognormal (Mittelwert %1, Standardabweichung %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular (min %1, mode %2, max %3)</source>
        <translation>dreieckig (Min. %1, Modus %2, Max. %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uniform (%1 to %2)</source>
        <translation>gleichverteilt (%1 bis %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>empirical (%n sample(s))</source>
        <translation>
            <numerusform>empirisch (%n Stichprobenwert)</numerusform>
            <numerusform>empirisch (%n Stichprobenwerte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../app/render/report/scaledlayout.cpp" line="+63"/>
        <source>Material flow (thickness by volume)</source>
        <translation>Materialfluss (Strichstärke nach Menge)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 - layout at 1:%2 - sheet %3 of %4</source>
        <translation>%1 – Layout im Maßstab 1:%2 – Blatt %3 von %4</translation>
    </message>
</context>
<context>
    <name>SalbpReader</name>
    <message>
        <location filename="../core/io/salbpreader.cpp" line="+106"/>
        <source>precedence names task %1, but the tasks are numbered 1 to %2</source>
        <translation>die Vorrangbeziehung nennt Arbeitsgang %1, aber die Arbeitsgänge sind von 1 bis %2 nummeriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task %1 cannot precede itself</source>
        <translation>Arbeitsgang %1 kann nicht sich selbst vorangehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the precedence relations form a cycle through task %1</source>
        <translation>die Vorrangbeziehungen bilden einen Zyklus über Arbeitsgang %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file defines no tasks</source>
        <translation>die Datei definiert keine Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the file is empty; expected the number of tasks</source>
        <translation>die Datei ist leer; erwartet wurde die Anzahl der Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>expected the number of tasks, found &quot;%1&quot;</source>
        <translation>erwartet wurde die Anzahl der Arbeitsgänge, gefunden „%1“</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>%1 tasks is more than the limit of %2</source>
        <translation>%1 Arbeitsgänge sind mehr als die Obergrenze von %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>the file ends after %1 of %2 task times</source>
        <translation>die Datei endet nach %1 von %2 Arbeitsgangzeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>task %1: &quot;%2&quot; is not a valid task time</source>
        <translation>Arbeitsgang %1: „%2“ ist keine gültige Arbeitsgangzeit</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the end mark &quot;-1,-1&quot; is missing</source>
        <translation>die Endemarke „-1,-1“ fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>expected a precedence pair &quot;i,j&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wurde ein Vorrangpaar „i,j“, gefunden „%1“</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the number of tasks must come before this section</source>
        <translation>die Anzahl der Arbeitsgänge muss vor diesem Abschnitt stehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a section tag such as &lt;number of tasks&gt;</source>
        <translation>erwartet wurde eine Abschnittsmarke wie &lt;number of tasks&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a second number of tasks; the first is on line %1</source>
        <translation>eine zweite Anzahl der Arbeitsgänge; die erste steht in Zeile %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid cycle time</source>
        <translation>„%1“ ist keine gültige Zykluszeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &quot;task time&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wurde „Arbeitsgang Zeit“, gefunden „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task %1 does not exist; the tasks are numbered 1 to %2</source>
        <translation>Arbeitsgang %1 existiert nicht; die Arbeitsgänge sind von 1 bis %2 nummeriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task %1 has a second time</source>
        <translation>Arbeitsgang %1 hat eine zweite Zeit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the section &lt;number of tasks&gt; is missing</source>
        <translation>der Abschnitt &lt;number of tasks&gt; fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task %1 has no time in &lt;task times&gt;</source>
        <translation>Arbeitsgang %1 hat keine Zeit in &lt;task times&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end tag &lt;end&gt; is missing</source>
        <translation>die Endemarke &lt;end&gt; fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>SimBufferCells</name>
    <message>
        <location filename="../app/gui/simulation/simbuffercells.cpp" line="+18"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity (parts)</source>
        <translation>Kapazität (Teile)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two stations the buffer lies between</source>
        <translation>Die beiden Stationen, zwischen denen der Puffer liegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts that can wait between the stations, not counting those in process; 0: direct hand-off; empty or &quot;unlimited&quot;: no limit</source>
        <translation>Teile, die zwischen den Stationen warten können, ohne die in Bearbeitung; 0: direkte Übergabe; leer oder „unbegrenzt“: keine Grenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no gap between stations in row %1.</source>
        <translation>In Zeile %1 gibt es keine Lücke zwischen Stationen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a buffer capacity (a whole number of parts from 0, or &quot;unlimited&quot;).</source>
        <translation>„%1“ ist keine Pufferkapazität (eine ganze Zahl von Teilen ab 0 oder „unbegrenzt“).</translation>
    </message>
</context>
<context>
    <name>SimStationCells</name>
    <message>
        <location filename="../app/gui/simulation/simstationcells.cpp" line="+20"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>Bedieneinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTBF (h)</source>
        <translation>MTBF (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTR (min)</source>
        <translation>MTTR (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup (s)</source>
        <translation>Rüsten (s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parallel servers (operators or machines) doing the station&apos;s work</source>
        <translation>Parallele Bedieneinheiten (Werker oder Maschinen), die die Arbeit der Station erledigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean operating time between failures in hours; empty: the station never fails</source>
        <translation>Mittlere Betriebszeit zwischen Ausfällen in Stunden; leer: die Station fällt nie aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time to repair in minutes (exponential)</source>
        <translation>Mittlere Reparaturzeit in Minuten (exponentiell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTBF / (MTBF + MTTR); typing it sets the MTBF for the repair time</source>
        <translation>MTBF / (MTBF + MTTR); eine Eingabe setzt die MTBF zur Reparaturzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changeover time when the product model changes; empty: none</source>
        <translation>Umrüstzeit beim Wechsel des Produktmodells; leer: keine</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>every %n part(s)</source>
        <translation>
            <numerusform>alle %n Teil</numerusform>
            <numerusform>alle %n Teile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no station in row %1.</source>
        <translation>In Zeile %1 gibt es keine Station.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a number of servers (a whole number from 1 to 1000).</source>
        <translation>„%1“ ist keine Anzahl von Bedieneinheiten (eine ganze Zahl von 1 bis 1000).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTBF must be more than 0 hours; leave it empty for no failures.</source>
        <translation>Die MTBF muss größer als 0 Stunden sein; für keine Ausfälle leer lassen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MTBF or the availability first: the station has no failures.</source>
        <translation>Geben Sie zuerst die MTBF oder die Verfügbarkeit ein: die Station hat keine Ausfälle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTTR must be more than 0 minutes.</source>
        <translation>Die MTTR muss größer als 0 Minuten sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The availability must be above 0 % and at most 100 %.</source>
        <translation>Die Verfügbarkeit muss über 0 % und höchstens 100 % liegen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>SimTables</name>
    <message>
        <location filename="../app/gui/simulation/simtable.cpp" line="+31"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a number of %2 (0 or more).</source>
        <translation>„%1“ ist keine Anzahl %2 (0 oder mehr).</translation>
    </message>
</context>
<context>
    <name>SimTaskCells</name>
    <message>
        <location filename="../app/gui/simulation/simtaskcells.cpp" line="+52"/>
        <source>Deterministic</source>
        <translation>Deterministisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lognormal</source>
        <translation>Lognormal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangular</source>
        <translation>Dreieckig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empirical</source>
        <translation>Empirisch</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Task</source>
        <translation>Arbeitsgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base time (s)</source>
        <translation>Grundzeit (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean (s)</source>
        <translation>Mittelwert (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SD (s)</source>
        <translation>Std.-Abw. (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min (s)</source>
        <translation>Min. (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode (s)</source>
        <translation>Modus (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max (s)</source>
        <translation>Max. (s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The task time of the line balance; a deterministic task runs at exactly this time</source>
        <translation>Die Arbeitsgangzeit der Austaktung; ein deterministischer Arbeitsgang dauert genau diese Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the task time scatters from part to part</source>
        <translation>Wie die Arbeitsgangzeit von Teil zu Teil streut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time; computed for triangular and uniform times</source>
        <translation>Mittlere Zeit; bei dreieckigen und gleichverteilten Zeiten berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard deviation of a normal (truncated at 0) or lognormal time</source>
        <translation>Standardabweichung einer normalverteilten (bei 0 abgeschnittenen) oder lognormalen Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest, most likely and largest time of a triangular time; a uniform time uses min and max</source>
        <translation>Kleinste, wahrscheinlichste und größte Zeit einer dreieckigen Zeit; eine gleichverteilte Zeit nutzt Min. und Max.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Empirical (%n sample(s))</source>
        <translation>
            <numerusform>Empirisch (%n Stichprobenwert)</numerusform>
            <numerusform>Empirisch (%n Stichprobenwerte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no task in row %1.</source>
        <translation>In Zeile %1 gibt es keinen Arbeitsgang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task names and base times are edited in the line balancing tasks.</source>
        <translation>Namen und Grundzeiten der Arbeitsgänge werden in den Arbeitsgängen der Austaktung bearbeitet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a distribution type; choose one of %2.</source>
        <translation>Eine Zeit vom Typ „%1“ hat keinen Wert „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A %1 time has no %2.</source>
        <translation>Eine Zeit vom Typ „%1“ hat kein %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>SimVerdict</name>
    <message>
        <location filename="../app/gui/simulation/simverdict.cpp" line="+15"/>
        <source>No demand is set for the line, so there is no target to check.</source>
        <translation>Für die Linie ist kein Bedarf gesetzt, daher gibt es kein Ziel zum Prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makes its output: %1 parts/h (%2 %) above the demand.</source>
        <translation>Erreicht die Ausbringung: %1 Teile/h (%2 %) über dem Bedarf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses its output by %1 parts/h (%2 % below the demand).</source>
        <translation>Verfehlt die Ausbringung um %1 Teile/h (%2 % unter dem Bedarf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertain: the 95 % interval contains the demand (mean %1 parts/h %2); run more replications to decide.</source>
        <translation>Ungewiss: das 95-%-Intervall enthält den Bedarf (Mittelwert %1 Teile/h %2); führen Sie mehr Replikationen aus, um zu entscheiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>darunter</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/cli/cmd_simulate.cpp" line="+65"/>
        <source>simulate: %1: &quot;%2&quot; is not a finite number</source>
        <translation>simulate: %1: „%2“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulate: %1: %2 is not a whole number</source>
        <translation>simulate: %1: %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulate: %1: %2 is outside the accepted range (%3 %4 to %5)</source>
        <translation>simulate: %1: %2 liegt außerhalb des zulässigen Bereichs (%3 %4 bis %5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>simulate: --seed: &quot;%1&quot; is not a whole number from 0 to 2^64 - 1</source>
        <translation>simulate: --seed: „%1“ ist keine ganze Zahl von 0 bis 2^64 - 1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: the project has no variants</source>
        <translation>%1: das Projekt hat keine Varianten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: variant &apos;%2&apos;, line &apos;%3&apos;: %4</source>
        <translation>%1: Variante „%2“, Linie „%3“: %4</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no buffer allocation reaches the goal</source>
        <translation>keine Pufferaufteilung erreicht das Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored the buffers in line &apos;%1&apos; of variant &apos;%2&apos;.</source>
        <translation>Puffer in Linie „%1“ von Variante „%2“ gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line piles up more than %1 parts: its releases outpace it, so an unlimited buffer or the queue in front of the first station grows without end and no figure would settle; limit a buffer or release fewer parts</source>
        <translation>die Linie staut mehr als %1 Teile auf: ihre Freigaben überholen sie, sodass ein unbegrenzter Puffer oder die Warteschlange vor der ersten Station ohne Ende wächst und sich keine Kennzahl einpendeln würde; begrenzen Sie einen Puffer oder geben Sie weniger Teile frei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored the result in line &apos;%1&apos; of variant &apos;%2&apos;.</source>
        <translation>Ergebnis in Linie „%1“ von Variante „%2“ gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simulates a production line with variable times, failures and finite buffers (discrete-event simulation; see docs/simulation.md).</source>
        <translation>Simuliert eine Produktionslinie mit variablen Zeiten, Ausfällen und endlichen Puffern (ereignisdiskrete Simulation; siehe docs/simulation.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .taktflow project or a line model .json file.</source>
        <translation>Ein .taktflow-Projekt oder eine Linienmodell-Datei .json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project input: the variant (default: the first).</source>
        <translation>Projekteingabe: die Variante (Standard: die erste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project input: the line id or name (default: the first).</source>
        <translation>Projekteingabe: ID oder Name der Linie (Standard: die erste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated seconds per replication after the warm-up (default: the project&apos;s run settings; for a .json one 8-hour shift, 28800).</source>
        <translation>Simulierte Sekunden je Replikation nach der Einschwingphase (Standard: die Laufeinstellungen des Projekts; bei .json eine 8-Stunden-Schicht, 28800).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up in simulated seconds, not counted (default: the project&apos;s; 0).</source>
        <translation>Einschwingphase in simulierten Sekunden, nicht gezählt (Standard: die des Projekts; 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent replications (default: the project&apos;s; 10).</source>
        <translation>Unabhängige Replikationen (Standard: die des Projekts; 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random streams (default: the project&apos;s; 1).</source>
        <translation>Startwert der Zufallszahlenströme (Standard: der des Projekts; 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads, 0 = all cores (default); the result does not depend on it.</source>
        <translation>Worker-Threads, 0 = alle Kerne (Standard); das Ergebnis hängt nicht davon ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: store the result (or the sized buffers) in the project&apos;s line.</source>
        <translation>Projekteingabe: das Ergebnis (oder die dimensionierten Puffer) in der Linie des Projekts speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search buffer capacities instead; prints JSON.</source>
        <translation>Stattdessen Pufferkapazitäten suchen; gibt JSON aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buffer sizing: the smallest total capacity reaching this throughput.</source>
        <translation>Puffer-Dimensionierung: die kleinste Gesamtkapazität, die diese Ausbringung erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer sizing: the best throughput with this total capacity.</source>
        <translation>Puffer-Dimensionierung: die beste Ausbringung mit dieser Gesamtkapazität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer sizing: the largest total capacity to try (default 100).</source>
        <translation>Puffer-Dimensionierung: die größte zu versuchende Gesamtkapazität (Standard 100).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>simulate: %1: --apply, --variant and --line need a .taktflow project as INPUT</source>
        <translation>simulate: %1: --apply, --variant und --line brauchen ein .taktflow-Projekt als INPUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulate: --size-buffers needs exactly one of --target-per-hour and --total-capacity</source>
        <translation>simulate: --size-buffers braucht genau eines von --target-per-hour und --total-capacity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulate: --target-per-hour, --total-capacity and --max-total need --size-buffers</source>
        <translation>simulate: --target-per-hour, --total-capacity und --max-total brauchen --size-buffers</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>simulate: %1: %2</source>
        <translation>simulate: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simulateoutput.cpp" line="+147"/>
        <source>%n replication(s) of %1 s after a warm-up of %2 s, seed %3</source>
        <translation>
            <numerusform>%n Replikation von %1 s nach einer Einschwingphase von %2 s, Startwert %3</numerusform>
            <numerusform>%n Replikationen von %1 s nach einer Einschwingphase von %2 s, Startwert %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throughput: %1 per hour (95 % CI %2 to %3)</source>
        <translation>Ausbringung: %1 pro Stunde (95-%-KI %2 bis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output: %1 units per replication</source>
        <translation>Ausstoß: %1 Einheiten je Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WIP: %1 parts on average</source>
        <translation>Umlaufbestand (WIP): %1 Teile im Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time: mean %1 s, 95th percentile %2 s</source>
        <translation>Durchlaufzeit: Mittelwert %1 s, 95. Perzentil %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demand: %1 per hour, met on average</source>
        <translation>Bedarf: %1 pro Stunde, im Mittel erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand: %1 per hour, NOT met on average</source>
        <translation>Bedarf: %1 pro Stunde, im Mittel NICHT erfüllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bottleneck: %1</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>working %</source>
        <translation>arbeitet %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starved %</source>
        <translation>unterversorgt %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked %</source>
        <translation>blockiert %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed %</source>
        <translation>gestört %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setup %</source>
        <translation>Rüsten %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused %</source>
        <translation>Pause %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottleneck %</source>
        <translation>Engpass %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buffer %1: capacity %2, mean content %3, max %4</source>
        <translation>Puffer %1: Kapazität %2, mittlerer Inhalt %3, max. %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transporter %1: utilisation %2 %, empty travel %3 %</source>
        <translation>Transportmittel %1: Auslastung %2 %, Leerfahrt %3 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 events in %2 s wall time</source>
        <translation>%1 Ereignisse in %2 s Echtzeit</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_simulate.cpp" line="-262"/>
        <source>%1: variant &apos;%2&apos; has no production line to simulate</source>
        <translation>%1: Variante „%2“ hat keine Produktionslinie zum Simulieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: variant &apos;%2&apos; has no line named &apos;%3&apos; (lines: %4)</source>
        <translation>%1: Variante „%2“ hat keine Linie namens „%3“ (Linien: %4)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>replication %1 of %2</source>
        <translation>Replikation %1 von %2</translation>
    </message>
</context>
<context>
    <name>SimulationComparison</name>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="-32"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>saturated (a part always waiting)</source>
        <translation>gesättigt (immer wartet ein Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part every takt</source>
        <translation>ein Teil je Takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random inter-arrival times</source>
        <translation>zufällige Zwischenankunftszeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n replication(s)</source>
        <translation>
            <numerusform>%n Replikation</numerusform>
            <numerusform>%n Replikationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 after a warm-up of %3, seed %4, source: %5</source>
        <translation>%1 von %2 nach einer Einschwingphase von %3, Startwert %4, Quelle: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2, seed %3, source: %4</source>
        <translation>%1 von %2, Startwert %3, Quelle: %4</translation>
    </message>
</context>
<context>
    <name>SimulationDistribution</name>
    <message>
        <location filename="../core/simulation/distribution.cpp" line="+33"/>
        <source>the time must be a finite number of seconds, at least 0</source>
        <translation>die Zeit muss eine endliche Anzahl Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mean and standard deviation must be finite numbers of seconds, at least 0</source>
        <translation>Mittelwert und Standardabweichung müssen endliche Anzahlen Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lognormal time with a spread needs a mean above 0</source>
        <translation>eine lognormale Zeit mit Streuung braucht einen Mittelwert über 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minimum, mode and maximum must be finite numbers of seconds, at least 0</source>
        <translation>Minimum, Modus und Maximum müssen endliche Anzahlen Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a triangular time needs minimum &lt;= mode &lt;= maximum</source>
        <translation>eine dreieckige Zeit braucht Minimum &lt;= Modus &lt;= Maximum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minimum and maximum must be finite numbers of seconds, at least 0</source>
        <translation>Minimum und Maximum müssen endliche Anzahlen Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a uniform time needs minimum &lt;= maximum</source>
        <translation>eine gleichverteilte Zeit braucht Minimum &lt;= Maximum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empirical time needs at least one sample</source>
        <translation>eine empirische Zeit braucht mindestens einen Stichprobenwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every sample must be a finite number of seconds, at least 0</source>
        <translation>jeder Stichprobenwert muss eine endliche Anzahl Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown distribution</source>
        <translation>unbekannte Verteilung</translation>
    </message>
</context>
<context>
    <name>SimulationJson</name>
    <message>
        <location filename="../core/io/simulationjson.cpp" line="+105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+82"/>
        <location line="+14"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown distribution &apos;%1&apos;</source>
        <translation>unbekannte Verteilung „%1“</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&apos;%1&apos; is not a whole number from 0 to 2^64 - 1</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 2^64 - 1</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1: not a finite number</source>
        <translation>%1: keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>SimulationPalette</name>
    <message>
        <location filename="../app/render/simulationpalette.cpp" line="+33"/>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starved</source>
        <translation>Unterversorgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup</source>
        <translation>Rüsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>StationMoveRules</name>
    <message>
        <location filename="../app/gui/line/stationmoverules.cpp" line="+23"/>
        <source>%1 needs a %2 station; station %3 is %4.</source>
        <translation>%1 braucht eine Station der Art %2; Station %3 ist %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is manual work; station %2 is a %3 station.</source>
        <translation>%1 ist manuelle Arbeit; Station %2 ist eine Station der Art %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must come after %2, which is at station %3.</source>
        <translation>%1 muss nach %2 kommen, der an Station %3 liegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must come before %2, which is at station %3.</source>
        <translation>%1 muss vor %2 kommen, der an Station %3 liegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is fixed to station %2.</source>
        <translation>%1 ist fest Station %2 zugeordnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must share a station with %2, which is at station %3.</source>
        <translation>%1 muss sich eine Station mit %2 teilen, der an Station %3 liegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not share a station with %2.</source>
        <translation>%1 darf sich keine Station mit %2 teilen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station %1 would take %2 s, more than the takt time of %3 s.</source>
        <translation>Station %1 bräuchte %2 s, mehr als die Taktzeit von %3 s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no task %1.</source>
        <translation>Es gibt keinen Arbeitsgang %1.</translation>
    </message>
</context>
<context>
    <name>StationStateChart</name>
    <message>
        <location filename="../app/render/stationstatechart.cpp" line="+202"/>
        <location line="+67"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No station states</source>
        <translation>Keine Stationszustände</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/migrations/migrations.cpp" line="+44"/>
        <source>upgrade from schema version %1 failed: %2</source>
        <translation>Aktualisierung von Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown schema version %1</source>
        <translation>unbekannte Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../core/storage/projectreader.cpp" line="+41"/>
        <location line="+2"/>
        <location line="+60"/>
        <location filename="../core/storage/simulationstore.cpp" line="+49"/>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 has %2 rows, more than the limit of %3</source>
        <translation>Tabelle %1 hat %2 Zeilen, mehr als die Obergrenze von %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>transport &apos;%1&apos;: unknown kind &apos;%2&apos;</source>
        <translation>Transport „%1“: unbekannte Art „%2“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>variant &apos;%1&apos;: unknown distance metric &apos;%2&apos;</source>
        <translation>Variante „%1“: unbekanntes Abstandsmaß „%2“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>item &apos;%1&apos; belongs to no variant</source>
        <translation>Objekt „%1“ gehört zu keiner Variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item &apos;%1&apos;: unknown type &apos;%2&apos;</source>
        <translation>Objekt „%1“: unbekannter Typ „%2“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>outline point of missing item &apos;%1&apos;</source>
        <translation>Umrisspunkt des fehlenden Objekts „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line &apos;%1&apos; belongs to no variant</source>
        <translation>Linie „%1“ gehört zu keiner Variante</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model &apos;%1&apos; belongs to no line</source>
        <translation>Modell „%1“ gehört zu keiner Linie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>zoning rule belongs to no line</source>
        <translation>Zonenregel gehört zu keiner Linie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>station belongs to no line</source>
        <translation>Station gehört zu keiner Linie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>station task &apos;%1&apos; belongs to no station</source>
        <translation>Stationsarbeitsgang „%1“ gehört zu keiner Station</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task &apos;%1&apos; belongs to no line</source>
        <translation>Arbeitsgang „%1“ gehört zu keiner Linie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>predecessor of missing task &apos;%1&apos;</source>
        <translation>Vorgänger des fehlenden Arbeitsgangs „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model time of missing task &apos;%1&apos;</source>
        <translation>Modellzeit des fehlenden Arbeitsgangs „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>product &apos;%1&apos; belongs to no variant</source>
        <translation>Produkt „%1“ gehört zu keiner Variante</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>routing step of missing product &apos;%1&apos;</source>
        <translation>Arbeitsplanschritt des fehlenden Produkts „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flow belongs to no variant</source>
        <translation>Fluss gehört zu keiner Variante</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitedb.cpp" line="+221"/>
        <source>column &apos;%1&apos; holds %2, expected %3</source>
        <translation>Spalte „%1“ enthält %2, erwartet %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>column &apos;%1&apos; holds a text of %2 bytes, more than %3</source>
        <translation>Spalte &apos;%1&apos; enthält einen Text von %2 Bytes, mehr als %3</translation>
    </message>
    <message>
        <location filename="../core/storage/backgroundstore.cpp" line="+22"/>
        <source>variant &apos;%1&apos;: the background plan holds %2 MiB, more than the limit of %3 MiB</source>
        <translation>Variante &apos;%1&apos;: Der Hintergrundplan umfasst %2 MiB, mehr als die Grenze von %3 MiB</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>background plan of missing variant &apos;%1&apos;</source>
        <translation>Hintergrundplan einer fehlenden Variante &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variant &apos;%1&apos;: unknown background kind &apos;%2&apos;</source>
        <translation>Variante &apos;%1&apos;: unbekannte Hintergrundart &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>variant &apos;%1&apos;: background scale %2 m per unit is not a positive number</source>
        <translation>Variante &apos;%1&apos;: Hintergrundmaßstab %2 m je Einheit ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>variant &apos;%1&apos;: the background plan&apos;s position is not finite</source>
        <translation>Variante &apos;%1&apos;: Die Position des Hintergrundplans ist nicht endlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>variant &apos;%1&apos;: background opacity %2 is outside 0 to 1</source>
        <translation>Variante &apos;%1&apos;: Hintergrund-Deckkraft %2 liegt außerhalb von 0 bis 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>table background: %1</source>
        <translation>Tabelle background: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/simulationstore.cpp" line="-22"/>
        <source>variant &apos;%1&apos;, line &apos;%2&apos;: %3</source>
        <translation>Variante „%1“, Linie „%2“: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulation parameters: %1</source>
        <translation>Simulationsparameter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last simulation result: %1</source>
        <translation>letztes Simulationsergebnis: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 KiB as text, more than the limit of %2 KiB (fewer empirical samples?)</source>
        <translation>%1 KiB als Text, mehr als die Grenze von %2 KiB (weniger empirische Stichprobenwerte?)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>simulation parameters of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>Simulationsparameter der fehlenden Linie „%1“ in Variante „%2“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>simulation result of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>Simulationsergebnis der fehlenden Linie „%1“ in Variante „%2“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 replications is out of range</source>
        <translation>%1 Replikationen liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>simulation result station of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>Station eines Simulationsergebnisses der fehlenden Linie „%1“ in Variante „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>station %1 is missing</source>
        <translation>Station %1 fehlt</translation>
    </message>
</context>
<context>
    <name>TaktDerivation</name>
    <message>
        <location filename="../app/gui/line/taktderivation.cpp" line="+16"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a demand and an available time above zero to get a takt time.</source>
        <translation>Geben Sie einen Bedarf und eine verfügbare Zeit über null ein, um eine Taktzeit zu erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No takt time: %1.</source>
        <translation>Keine Taktzeit: %1.</translation>
    </message>
</context>
<context>
    <name>TaktTime</name>
    <message>
        <location filename="../core/balance/takttime.cpp" line="+25"/>
        <source>the number of shifts per period must be at least 1</source>
        <translation>die Anzahl der Schichten pro Periode muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shift length must be positive</source>
        <translation>die Schichtdauer muss positiv sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks and planned downtime cannot be negative</source>
        <translation>Pausen und geplante Stillstandszeiten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the breaks are as long as the shift or longer</source>
        <translation>die Pausen sind so lang wie die Schicht oder länger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the planned efficiency must be greater than 0 and at most 1 (100 %)</source>
        <translation>der geplante Nutzungsgrad muss größer als 0 und höchstens 1 (100 %) sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand per period must be greater than zero</source>
        <translation>der Bedarf pro Periode muss größer als null sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned downtime uses up all working time of the period</source>
        <translation>die geplanten Stillstandszeiten verbrauchen die gesamte Arbeitszeit der Periode</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../app/gui/line/taskcells.cpp" line="+32"/>
        <source>&apos;%1&apos; is not a time in seconds (a number of 0 or more).</source>
        <translation>„%1“ ist keine Zeit in Sekunden (eine Zahl ab 0).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A task needs an id.</source>
        <translation>Ein Arbeitsgang braucht eine ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task id may not contain blanks, &apos;;&apos;, &apos;,&apos; or &apos;+&apos;, nor start with &apos;-&apos;.</source>
        <translation>Eine Arbeitsgang-ID darf keine Leerzeichen, „;“, „,“ oder „+“ enthalten und nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a task %1.</source>
        <translation>Es gibt bereits einen Arbeitsgang %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot precede itself.</source>
        <translation>%1 kann nicht sich selbst vorangehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no task %1.</source>
        <translation>Es gibt keinen Arbeitsgang %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 before %2 would close a cycle: %2 already comes before %1.</source>
        <translation>%1 vor %2 würde einen Zyklus schließen: %2 kommt bereits vor %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Zoning names &apos;%1&apos;, which is not another task of this line. Write +T3 for &quot;same station as T3&quot;, -T5 for &quot;not with T5&quot;.</source>
        <translation>Die Zonenregel nennt „%1“, das kein anderer Arbeitsgang dieser Linie ist. Schreiben Sie +T3 für „gleiche Station wie T3“, -T5 für „nicht mit T5“.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a station number (1, 2, ...; empty for none).</source>
        <translation>„%1“ ist keine Stationsnummer (1, 2, ...; leer für keine).</translation>
    </message>
</context>
<context>
    <name>TaskPaste</name>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+36"/>
        <source>%1: task %2 exists already in this line.</source>
        <translation>%1: Arbeitsgang %2 gibt es in dieser Linie bereits.</translation>
    </message>
    <message>
        <location filename="../app/gui/cellpaste.cpp" line="+50"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+20"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../app/gui/cellpaste.cpp" line="-11"/>
        <source>Pasted row %1, column %2: %3</source>
        <translation>Eingefügte Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+27"/>
        <source>The paste would make a precedence cycle: %1</source>
        <translation>Das Einfügen würde einen Zyklus in den Vorrangbeziehungen erzeugen: %1</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <location filename="../app/render/timeserieschart.cpp" line="+35"/>
        <source>Throughput</source>
        <translation>Ausbringung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>WIP</source>
        <translation>Umlaufbestand (WIP)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>warm-up</source>
        <translation>Einschwingphase</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>simulated time (h)</source>
        <translation>simulierte Zeit (h)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/model/validation.cpp" line="+26"/>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>negative %1: %2</source>
        <translation>negativer Wert für %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be greater than zero, is %2</source>
        <translation>%1 muss größer als null sein, ist aber %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 with an empty id</source>
        <translation>%1 mit leerer ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate %1 id &apos;%2&apos;</source>
        <translation>doppelte ID „%2“ bei %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> / item &apos;%1&apos;</source>
        <translation> / Objekt „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearance</source>
        <translation>Sicherheitsabstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automation level %1 is outside 0..1</source>
        <translation>Automatisierungsgrad %1 liegt außerhalb von 0..1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outline has %1 points, needs at least 3</source>
        <translation>der Umriss hat %1 Punkte, braucht aber mindestens 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>outline point</source>
        <translation>Umrisspunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available time</source>
        <translation>verfügbare Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Arbeitsgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> / task &apos;%1&apos;</source>
        <translation> / Arbeitsgang „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automated time</source>
        <translation>automatisierte Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed station %1 is not a station number</source>
        <translation>die feste Station %1 ist keine Stationsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time for model &apos;%1&apos;</source>
        <translation>Zeit für Modell „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task precedes itself</source>
        <translation>der Arbeitsgang geht sich selbst voran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessor &apos;%1&apos; does not exist</source>
        <translation>Vorgänger „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>precedence cycle: %1</source>
        <translation>Zyklus in den Vorrangbeziehungen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>zoning rule names missing task &apos;%1&apos;</source>
        <translation>Zonenregel nennt den fehlenden Arbeitsgang „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> / station %1</source>
        <translation> / Station %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replicas must be at least 1, is %1</source>
        <translation>die Anzahl paralleler Stationen muss mindestens 1 sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assigned task &apos;%1&apos; does not exist</source>
        <translation>zugeordneter Arbeitsgang „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task &apos;%1&apos; is assigned to more than one station</source>
        <translation>Arbeitsgang „%1“ ist mehr als einer Station zugeordnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>variant &apos;%1&apos;</source>
        <translation>Variante „%1“</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>floor width</source>
        <translation>Hallenbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>floor depth</source>
        <translation>Hallentiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum aisle width</source>
        <translation>Mindestgangbreite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> / background plan</source>
        <translation> / Hintergrundplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin x</source>
        <translation>Ursprung x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin y</source>
        <translation>Ursprung y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opacity %1 is outside 0 to 1</source>
        <translation>Deckkraft %1 liegt außerhalb von 0 bis 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> / line &apos;%1&apos;</source>
        <translation> / Linie „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default transport &apos;%1&apos; does not exist</source>
        <translation>Standardtransport „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> / product &apos;%1&apos;</source>
        <translation> / Produkt „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>units per period</source>
        <translation>Einheiten pro Periode</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>routing step &apos;%1&apos; is not an item</source>
        <translation>Arbeitsplanschritt „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>transport &apos;%1&apos; does not exist</source>
        <translation>Transport „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> / flow %1 -&gt; %2</source>
        <translation> / Fluss %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow from missing item &apos;%1&apos;</source>
        <translation>Fluss vom fehlenden Objekt „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow to missing item &apos;%1&apos;</source>
        <translation>Fluss zum fehlenden Objekt „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate variant name &apos;%1&apos;</source>
        <translation>doppelter Variantenname „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> / transport &apos;%1&apos;</source>
        <translation> / Transport „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per metre</source>
        <translation>Kosten pro Meter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units per trip</source>
        <translation>Einheiten pro Fahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy per km</source>
        <translation>Energie pro km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grid emission factor</source>
        <translation>Emissionsfaktor des Stromnetzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running hours</source>
        <translation>Betriebsstunden</translation>
    </message>
</context>
<context>
    <name>VertexEditor</name>
    <message>
        <location filename="../app/gui/layout/vertexeditor.cpp" line="+111"/>
        <location line="+12"/>
        <location line="+2"/>
        <source>Move corner</source>
        <translation>Ecke verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corner not moved: %1</source>
        <translation>Ecke nicht verschoben: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Corner not inserted: %1</source>
        <translation>Ecke nicht eingefügt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert corner</source>
        <translation>Ecke einfügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Corner not deleted: an outline keeps at least three corners</source>
        <translation>Ecke nicht gelöscht: Ein Umriss behält mindestens drei Ecken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corner not deleted: %1</source>
        <translation>Ecke nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete corner</source>
        <translation>Ecke löschen</translation>
    </message>
</context>
<context>
    <name>Yamazumi</name>
    <message>
        <location filename="../app/render/yamazumichart.cpp" line="+47"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>takt</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
</context>
<context>
    <name>taktflow::app::AnimationPage</name>
    <message>
        <location filename="../app/gui/simulation/animationpage.cpp" line="+73"/>
        <source>&amp;Record Animation</source>
        <translation>Animation auf&amp;zeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play or pause the animation</source>
        <translation>Animation abspielen oder anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated seconds per real second</source>
        <translation>Simulierte Sekunden pro Echtzeitsekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the first replication of the shown line with its saved parameters and seed</source>
        <translation>Die erste Replikation der angezeigten Linie mit ihren gespeicherten Parametern und ihrem Startwert aufzeichnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run the simulation, or press Record Animation, to see the line played on the floor.</source>
        <translation>Führen Sie die Simulation aus oder drücken Sie „Animation aufzeichnen“, um die Linie auf der Fläche ablaufen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The recording stopped after %Ln events: the animation shows the first %1 (h:mm:ss) of the run; the results cover all of it.</source>
        <translation>
            <numerusform>Die Aufzeichnung endete nach %Ln Ereignis: die Animation zeigt die ersten %1 (h:mm:ss) des Laufs; die Ergebnisse decken ihn ganz ab.</numerusform>
            <numerusform>Die Aufzeichnung endete nach %Ln Ereignissen: die Animation zeigt die ersten %1 (h:mm:ss) des Laufs; die Ergebnisse decken ihn ganz ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (h:mm:ss)</source>
        <translation>%1 (h:mm:ss)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 / %2 (h:mm:ss)</source>
        <translation>%1 / %2 (h:mm:ss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the warm-up, not counted in the results</source>
        <translation>In der Einschwingphase, in den Ergebnissen nicht gezählt</translation>
    </message>
</context>
<context>
    <name>taktflow::app::AnimationRecorder</name>
    <message>
        <location filename="../app/gui/simulation/animationrecorder.cpp" line="+41"/>
        <source>There is no production line to animate in this variant.</source>
        <translation>In dieser Variante gibt es keine Produktionslinie zum Animieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line cannot be simulated: %1</source>
        <translation>Die Linie kann nicht simuliert werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording the first replication for the animation...</source>
        <translation>Die erste Replikation wird für die Animation aufgezeichnet ...</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The recorded line was removed; run the simulation again to see it.</source>
        <translation>Die aufgezeichnete Linie wurde entfernt; führen Sie die Simulation erneut aus, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementResultDialog</name>
    <message>
        <location filename="../app/gui/layout/arrangementdialogs.cpp" line="+10"/>
        <source>Suggested Arrangement</source>
        <translation>Vorgeschlagene Anordnung</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A better arrangement of %n item(s) was found.</source>
        <translation>
            <numerusform>Für %n Objekt wurde eine bessere Anordnung gefunden.</numerusform>
            <numerusform>Für %n Objekte wurde eine bessere Anordnung gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No better arrangement was found; the current one is kept.</source>
        <translation>Es wurde keine bessere Anordnung gefunden; die aktuelle bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search was cancelled; this is the best found until then.</source>
        <translation>Die Suche wurde abgebrochen; dies ist die bis dahin beste Lösung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow distance (units x m per period):</source>
        <translation>Flussdistanz (Einheiten × m pro Periode):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport cost per period:</source>
        <translation>Transportkosten pro Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlapping item pairs:</source>
        <translation>Sich überlappende Objektpaare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances:</source>
        <translation>Abstände:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s, %2 tabu steps</source>
        <translation>%1 s, %2 Tabu-Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items of different sizes trade places, so some now overlap: check the layout before building on it, or choose items of similar size.</source>
        <translation>Objekte unterschiedlicher Größe tauschen die Plätze, daher überlappen sich jetzt einige: prüfen Sie das Layout, bevor Sie darauf aufbauen, oder wählen Sie Objekte ähnlicher Größe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add as &amp;New Variant</source>
        <translation>Als &amp;neue Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply to Current Variant</source>
        <translation>Auf aktuelle Variante &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementSetupDialog</name>
    <message>
        <location line="-177"/>
        <source>Suggest Arrangement</source>
        <translation>Anordnung vorschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checked items trade places among their current positions, or take slots on a grid, so that units x distance over all flows is smallest. Fixed items stay where they are.</source>
        <translation>Die angekreuzten Objekte tauschen ihre Plätze untereinander oder belegen Plätze eines Rasters, sodass Einheiten × Abstand über alle Flüsse am kleinsten wird. Fixierte Objekte bleiben an ihrem Platz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place on a grid of slots instead of the current positions</source>
        <translation>Auf einem Raster von Plätzen statt an den aktuellen Positionen anordnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>First slot centre x (m):</source>
        <translation>Mitte des ersten Platzes x (m):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot centre y (m):</source>
        <translation>Mitte des ersten Platzes y (m):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing along x (m):</source>
        <translation>Abstand in x-Richtung (m):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing along y (m):</source>
        <translation>Abstand in y-Richtung (m):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit (seconds):</source>
        <translation>Zeitlimit (Sekunden):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another seed explores other arrangements.</source>
        <translation>Ein anderer Startwert erkundet andere Anordnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed:</source>
        <translation>Startwert des Zufallsgenerators:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementTask</name>
    <message>
        <location filename="../app/gui/layout/arrangementtask.cpp" line="+126"/>
        <source>Choose at least two items that may move.</source>
        <translation>Wählen Sie mindestens zwei Objekte, die verschoben werden dürfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggesting an arrangement for %1</source>
        <translation>Anordnung für %1 wird gesucht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arrangement search failed.</source>
        <translation>Die Suche nach einer Anordnung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add suggested arrangement</source>
        <translation>Vorgeschlagene Anordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The layout changed since the search started; run Suggest Arrangement again.</source>
        <translation>Das Layout hat sich seit Beginn der Suche geändert; starten Sie „Anordnung vorschlagen“ erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply suggested arrangement</source>
        <translation>Vorgeschlagene Anordnung anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: suggested arrangement applied</source>
        <translation>%1: vorgeschlagene Anordnung angewendet</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BalancePanel</name>
    <message>
        <location filename="../app/gui/line/balancepanel.cpp" line="+36"/>
        <location line="+23"/>
        <source>Balance</source>
        <translation>Austakten</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fewest stations at takt (SALBP-1)</source>
        <translation>Wenigste Stationen bei Taktzeit (SALBP-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest cycle with</source>
        <translation>Kürzester Zyklus mit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> stations</source>
        <translation> Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALBP-2: the shortest cycle time for a given number of stations</source>
        <translation>SALBP-2: die kürzeste Zykluszeit für eine gegebene Stationsanzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact (time limit)</source>
        <translation>Exakt (Zeitlimit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast heuristic</source>
        <translation>Schnelle Heuristik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the result as the line&apos;s stations (one undoable step)</source>
        <translation>Das Ergebnis als Stationen der Linie übernehmen (ein rückgängig machbarer Schritt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Balancing...</source>
        <translation>Wird ausgetaktet ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen ...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching: %1 s; stations between %2 and %3</source>
        <translation>Suche: %1 s; Stationen zwischen %2 und %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching: %1 s; cycle between %2 s and %3 s</source>
        <translation>Suche: %1 s; Zyklus zwischen %2 s und %3 s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>proven optimal</source>
        <translation>Optimalität bewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not proven optimal</source>
        <translation>Optimalität nicht bewiesen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lower bound %n station(s)</source>
        <translation>
            <numerusform>untere Schranke %n Station</numerusform>
            <numerusform>untere Schranke %n Stationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower bound %1 s</source>
        <translation>untere Schranke %1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n station(s), cycle time %1 s
%2, %3 (%4 s)</source>
        <translation>
            <numerusform>%n Station, Zykluszeit %1 s
%2, %3 (%4 s)</numerusform>
            <numerusform>%n Stationen, Zykluszeit %1 s
%2, %3 (%4 s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tasks changed since this balance; balance again.</source>
        <translation>Die Arbeitsgänge haben sich seit dieser Austaktung geändert; takten Sie erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance line (SALBP-1)</source>
        <translation>Linie austakten (SALBP-1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance line (SALBP-2)</source>
        <translation>Linie austakten (SALBP-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BottleneckMarker</name>
    <message>
        <location filename="../app/gui/layout/bottleneckmarker.cpp" line="+60"/>
        <source>Bottleneck of line %1 in the last simulation: station %2 (%3), the bottleneck %4 % of the time</source>
        <translation>Engpass von Linie %1 in der letzten Simulation: Station %2 (%3), %4 % der Zeit der Engpass</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BufferSizingDialog</name>
    <message>
        <location filename="../app/gui/simulation/buffersizingdialog.cpp" line="+64"/>
        <source>Size buffers</source>
        <translation>Puffer dimensionieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest total buffer that reaches</source>
        <translation>Kleinster Gesamtpuffer für eine Ausbringung von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best throughput with a total buffer of</source>
        <translation>Beste Ausbringung mit einem Gesamtpuffer von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> parts/h</source>
        <translation> Teile/h</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source> parts</source>
        <translation> Teile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest total buffer the search may try</source>
        <translation>Der größte Gesamtpuffer, den die Suche versuchen darf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search up to</source>
        <translation>Suchen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the search; nothing is changed</source>
        <translation>Suche anhalten; nichts wird geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate buffer allocations in the background until the goal is met</source>
        <translation>Pufferaufteilungen im Hintergrund simulieren, bis das Ziel erreicht ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply to Current Variant</source>
        <translation>Auf aktuelle Variante anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add as New Variant</source>
        <translation>Als neue Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The line is gone; close the dialog.</source>
        <translation>Die Linie existiert nicht mehr; schließen Sie den Dialog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot size the buffers: %1</source>
        <translation>Die Puffer können nicht dimensioniert werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching: every candidate is simulated with the same random numbers...</source>
        <translation>Suche: jeder Kandidat wird mit denselben Zufallszahlen simuliert ...</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Cancelled after %n evaluation(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Auswertung.</numerusform>
            <numerusform>Abgebrochen nach %n Auswertungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No allocation within the search limit reaches the goal.</source>
        <translation>Keine Aufteilung innerhalb der Suchgrenze erreicht das Ziel.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocation(s) simulated.</source>
        <translation>
            <numerusform>Insgesamt %1 Teile (%2 je Lücke) ergeben %3 Teile/h (95 %: %4 – %5); %n Aufteilung simuliert.</numerusform>
            <numerusform>Insgesamt %1 Teile (%2 je Lücke) ergeben %3 Teile/h (95 %: %4 – %5); %n Aufteilungen simuliert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (sized buffers)</source>
        <translation>%1 (dimensionierte Puffer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add variant %1 with sized buffers</source>
        <translation>Variante %1 mit dimensionierten Puffern hinzufügen</translation>
    </message>
</context>
<context>
    <name>taktflow::app::CompareWorkspace</name>
    <message>
        <location filename="../app/gui/compare/compareworkspace.cpp" line="+43"/>
        <source>Tick the variants to compare</source>
        <translation>Die zu vergleichenden Varianten ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants to compare</source>
        <translation>Zu vergleichende Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltas are shown against this variant</source>
        <translation>Abweichungen werden gegenüber dieser Variante gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value per row in bold on green; (+d, +x%) is the change against the baseline</source>
        <translation>Bester Wert je Zeile fett auf Grün; (+d, +x%) ist die Änderung gegenüber der Basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants ranked by the weighted score (1 = best on every weighted KPI)</source>
        <translation>Varianten nach gewichteter Punktzahl geordnet (1 = bester Wert bei jeder gewichteten Kennzahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen variants at one scale, or what changed between two</source>
        <translation>Die gewählten Varianten im gleichen Maßstab zeigen oder die Änderungen zwischen zweien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference from this variant</source>
        <translation>Unterschied von dieser Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... to this variant</source>
        <translation>... zu dieser Variante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>No KPI weights are set: ranked with equal weights over the %n KPI(s) that every variant has and that have a better direction</source>
        <translation>
            <numerusform>Keine Kennzahlgewichte gesetzt: gereiht mit gleichen Gewichten über die %n Kennzahl, die jede Variante hat und die eine bessere Richtung hat</numerusform>
            <numerusform>Keine Kennzahlgewichte gesetzt: gereiht mit gleichen Gewichten über die %n Kennzahlen, die jede Variante hat und die eine bessere Richtung haben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking by weighted score</source>
        <translation>Rangfolge nach gewichteter Punktzahl</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This variant has no simulation result yet: run it in the Simulation workspace</source>
        <translation>Diese Variante hat noch kein Simulationsergebnis: simulieren Sie sie im Arbeitsbereich Simulation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1, simulated %2</source>
        <translation>Linie %1, simuliert %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput 95 % interval: %1 to %2 units/h</source>
        <translation>95-%-Intervall der Ausbringung: %1 bis %2 Einheiten/h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stale)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the line or layout changed after this run; run the simulation again</source>
        <translation>Veraltet: Linie oder Layout wurden nach diesem Lauf geändert; führen Sie die Simulation erneut aus</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight of %1 in the score (0 = not scored)</source>
        <translation>Gewicht von %1 in der Punktzahl (0 = nicht bewertet)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Best value</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1. %2 (score %3)</source>
        <translation>%1. %2 (Punktzahl %3)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::CsvImportDialog</name>
    <message>
        <location filename="../app/gui/exchange/csvimportdialog.cpp" line="+53"/>
        <source>Unique id of the row</source>
        <translation>Eindeutige ID der Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown in tables and drawings</source>
        <translation>Name in Tabellen und Zeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task time in seconds</source>
        <translation>Zeit des Arbeitsgangs in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of the tasks that come first, separated by &apos;;&apos;</source>
        <translation>IDs der vorangehenden Arbeitsgänge, getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated: 0/1, true/false (items: also a share 0..1)</source>
        <translation>Automatisiert: 0/1, true/false (Elemente: auch ein Anteil 0..1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task time when automated, in seconds</source>
        <translation>Zeit des Arbeitsgangs bei Automatisierung, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource the station must offer (robot, press ...)</source>
        <translation>Ressource, die die Station bieten muss (Roboter, Presse ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station number the task is fixed to (1-based)</source>
        <translation>Nummer der Station, an die der Arbeitsgang fest gebunden ist (ab 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item type: machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</source>
        <translation>Elementtyp: machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre x in metres</source>
        <translation>Mittelpunkt x in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre y in metres</source>
        <translation>Mittelpunkt y in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in metres</source>
        <translation>Breite in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth in metres</source>
        <translation>Tiefe in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation in degrees, counter-clockwise</source>
        <translation>Drehung in Grad, gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in metres</source>
        <translation>Höhe in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected power in kW</source>
        <translation>Anschlussleistung in kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service clearance around the item in metres</source>
        <translation>Wartungsfreiraum um das Element in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id of the item the material leaves</source>
        <translation>ID des Elements, von dem das Material kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id of the item the material goes to</source>
        <translation>ID des Elements, zu dem das Material geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units moved per period</source>
        <translation>Transportierte Einheiten je Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport means id</source>
        <translation>Transportmittel-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tasks</source>
        <translation>Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>flows</source>
        <translation>Materialflüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 from CSV</source>
        <translation>%1 aus CSV importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character between the columns of the file</source>
        <translation>Das Zeichen zwischen den Spalten der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimal comma (12,5)</source>
        <translation>&amp;Dezimalkomma (12,5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma; a point separates thousands</source>
        <translation>Zahlen stehen mit Dezimalkomma; ein Punkt trennt die Tausender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update rows with the same id, add new ones</source>
        <translation>Zeilen mit gleicher ID &amp;aktualisieren, neue hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep what the variant has; rows whose id exists replace that entry</source>
        <translation>Bestand der Variante behalten; Zeilen mit vorhandener ID ersetzen diesen Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace all existing</source>
        <translation>Alle vorhandenen &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file becomes the variant&apos;s complete list</source>
        <translation>Die Datei wird zur vollständigen Liste der Variante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to the existing flows</source>
        <translation>Zu den vorhandenen Flüssen &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the variant&apos;s flows and append the file&apos;s</source>
        <translation>Flüsse der Variante behalten und die der Datei anhängen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header and the first rows of the file as read with the chosen separator</source>
        <translation>Kopfzeile und erste Zeilen der Datei, gelesen mit dem gewählten Trennzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns (* required)</source>
        <translation>Spalten (* erforderlich)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems that stop the import, as file:line: reason</source>
        <translation>Probleme, die den Import verhindern, als Datei:Zeile: Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the rows as one undoable step</source>
        <translation>Zeilen in einem Schritt importieren, der sich rückgängig machen lässt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without importing</source>
        <translation>Ohne Import schließen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::DataExchange</name>
    <message>
        <location filename="../app/gui/exchange/dataexchange.cpp" line="-9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+156"/>
        <source>There is no variant to import into.</source>
        <translation>Es gibt keine Variante, in die importiert werden kann.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Import tasks from %1</source>
        <translation>Arbeitsgänge aus %1 importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import items from %1</source>
        <translation>Elemente aus %1 importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import flows from %1</source>
        <translation>Materialflüsse aus %1 importieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>There is no variant to export.</source>
        <translation>Es gibt keine Variante zum Exportieren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export project as JSON</source>
        <translation>Projekt als JSON exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import layout items from DXF</source>
        <translation>Layout-Elemente aus DXF importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DXF drawings (*.dxf);;All files (*)</source>
        <translation>DXF-Zeichnungen (*.dxf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one layer to import.</source>
        <translation>Wählen Sie mindestens einen Layer zum Importieren aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Import %n item(s) from %1</source>
        <translation>
            <numerusform>%n Element aus %1 importieren</numerusform>
            <numerusform>%n Elemente aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::DxfItemsDialog</name>
    <message>
        <location filename="../app/gui/exchange/dxfitemsdialog.cpp" line="+22"/>
        <source>Import layout items from %1</source>
        <translation>Layout-Elemente aus %1 importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed polylines</source>
        <translation>Geschlossene Polylinien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers of the drawing</source>
        <translation>Layer der Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the layers whose closed polylines become items and choose each layer&apos;s item type</source>
        <translation>Wählen Sie die Layer, deren geschlossene Polylinien zu Elementen werden, und für jeden Layer den Elementtyp</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item type of layer %1</source>
        <translation>Elementtyp von Layer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item type the outlines of layer %1 become</source>
        <translation>Der Elementtyp, zu dem die Umrisse von Layer %1 werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Millimetres (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metres (m)</source>
        <translation>Meter (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit the drawing&apos;s coordinates are in</source>
        <translation>Die Einheit der Koordinaten in der Zeichnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of the new items in metres (for the 3D view)</source>
        <translation>Höhe der neuen Elemente in Metern (für die 3D-Ansicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing &amp;units:</source>
        <translation>Zeichnungs&amp;einheiten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item &amp;height:</source>
        <translation>Element&amp;höhe:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open polyline(s) are not imported.</source>
        <translation>
            <numerusform>%n offene Polylinie wird nicht importiert.</numerusform>
            <numerusform>%n offene Polylinien werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outline(s) have arc segments; they are imported with straight edges.</source>
        <translation>
            <numerusform>%n Umriss hat Bogensegmente; er wird mit geraden Kanten importiert.</numerusform>
            <numerusform>%n Umrisse haben Bogensegmente; sie werden mit geraden Kanten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawing does not state its units: check them.</source>
        <translation>Die Zeichnung gibt ihre Einheiten nicht an: Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the outlines as items, as one undoable step</source>
        <translation>Umrisse als Elemente hinzufügen, in einem Schritt, der sich rückgängig machen lässt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without importing</source>
        <translation>Ohne Import schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed polylines on the ticked layers become layout items.</source>
        <translation>Geschlossene Polylinien auf den ausgewählten Layern werden zu Layout-Elementen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::EditTool</name>
    <message>
        <location filename="../app/gui/layout/edittool.cpp" line="+114"/>
        <source>Rotate item</source>
        <translation>Objekt drehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize item</source>
        <translation>Objektgröße ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move items</source>
        <translation>Objekte verschieben</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+168"/>
        <source>Move background plan</source>
        <translation>Hintergrundplan verschieben</translation>
    </message>
</context>
<context>
    <name>taktflow::app::FindingsDock</name>
    <message>
        <location filename="../app/gui/docks/findingsdock.cpp" line="+22"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout findings</source>
        <translation>Layoutbefunde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No findings: no overlaps, clearances kept, aisles wide enough.</source>
        <translation>Keine Befunde: keine Überlappungen, Abstände eingehalten, Gänge breit genug.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::FromToDock</name>
    <message>
        <location filename="../app/gui/docks/fromtodock.cpp" line="+18"/>
        <source>From-to matrix</source>
        <translation>Von-Nach-Matrix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From-to matrix, units per period</source>
        <translation>Von-Nach-Matrix, Einheiten pro Periode</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 → %2: %3 units, %4 m</source>
        <translation>%1 → %2: %3 Einheiten, %4 m</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ItemTableModel</name>
    <message>
        <location filename="../app/gui/itemtablemodel.cpp" line="+97"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (m)</source>
        <translation>X (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y (m)</source>
        <translation>Y (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (m)</source>
        <translation>Breite (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth (m)</source>
        <translation>Tiefe (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation (°)</source>
        <translation>Drehung (°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation (%)</source>
        <translation>Automatisierung (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ItemTableView</name>
    <message>
        <location filename="../app/gui/itemtableview.cpp" line="+41"/>
        <source>There is no variant to paste into.</source>
        <translation>Es gibt keine Variante, in die eingefügt werden kann.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste %1 new and %2 updated items</source>
        <translation>%1 neue und %2 aktualisierte Elemente einfügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>
... and %1 more</source>
        <translation>
... und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was pasted:
%1</source>
        <translation>Es wurde nichts eingefügt:
%1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::JobRunner</name>
    <message>
        <location filename="../app/gui/jobrunner.cpp" line="+24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen ...</translation>
    </message>
</context>
<context>
    <name>taktflow::app::KpiDock</name>
    <message>
        <location filename="../app/gui/docks/kpidock.cpp" line="+5"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures of the current variant</source>
        <translation>Kennzahlen der aktuellen Variante</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 units·m</source>
        <translation>%1 Einheiten·m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutTasks</name>
    <message>
        <location filename="../app/gui/layout/layouttasks.cpp" line="+35"/>
        <source>Scale background</source>
        <translation>Hintergrund skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance between the two points (m):</source>
        <translation>Abstand zwischen den beiden Punkten (m):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+11"/>
        <source>Export layout drawing</source>
        <translation>Layoutzeichnung exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots per inch (96 = screen size):</source>
        <translation>Punkte pro Zoll (96 = Bildschirmgröße):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another job is still running.</source>
        <translation>Ein anderer Vorgang läuft noch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Import background plan</source>
        <translation>Hintergrundplan importieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Floor plans (*.dxf *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;DXF drawings (*.dxf);;Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Grundrisse (*.dxf *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;DXF-Zeichnungen (*.dxf);;Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the plan&apos;s scale now by clicking two points and typing their distance?</source>
        <translation>Den Maßstab des Plans jetzt festlegen, indem Sie zwei Punkte anklicken und ihren Abstand eingeben?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open or create a variant first</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Variante</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import background plan %1</source>
        <translation>Hintergrundplan %1 importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Background plan loaded; %n entities skipped</source>
        <translation>
            <numerusform>Hintergrundplan geladen; %n Element übersprungen</numerusform>
            <numerusform>Hintergrundplan geladen; %n Elemente übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background plan loaded</source>
        <translation>Hintergrundplan geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>Import a background plan first</source>
        <translation>Importieren Sie zuerst einen Hintergrundplan</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Click two points of known distance on the plan (Esc cancels)</source>
        <translation>Klicken Sie zwei Punkte mit bekanntem Abstand im Plan an (Esc bricht ab)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scale background plan</source>
        <translation>Hintergrundplan skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background scaled: %1 m per unit</source>
        <translation>Hintergrund skaliert: %1 m pro Einheit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove background plan</source>
        <translation>Hintergrundplan entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock background plan</source>
        <translation>Hintergrundplan sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock background plan</source>
        <translation>Hintergrundplan entsperren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change background opacity</source>
        <translation>Deckkraft des Hintergrunds ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Background opacity</source>
        <translation>Deckkraft des Hintergrunds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opacity of the plan (%):</source>
        <translation>Deckkraft des Plans (%):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optimising %1</source>
        <translation>%1 wird optimiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optimisation cancelled</source>
        <translation>Optimierung abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation found no better layout</source>
        <translation>Die Optimierung hat kein besseres Layout gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add optimised variant</source>
        <translation>Optimierte Variante hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: flow distance %2 → %3 units·m, %n move(s)</source>
        <translation>
            <numerusform>%1: Flussdistanz %2 → %3 Einheiten·m, %n Verschiebung</numerusform>
            <numerusform>%1: Flussdistanz %2 → %3 Einheiten·m, %n Verschiebungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutThumbnails</name>
    <message>
        <location filename="../app/gui/compare/layoutthumbnails.cpp" line="+13"/>
        <source>Layout thumbnails</source>
        <translation>Layout-Miniaturen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose variants to compare</source>
        <translation>Zu vergleichende Varianten wählen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 -&gt; %2: %3 moved, %4 added, %5 removed, %6 unchanged</source>
        <translation>%1 -&gt; %2: %3 verschoben, %4 hinzugefügt, %5 entfernt, %6 unverändert</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutView</name>
    <message>
        <location filename="../app/gui/layout/layoutview.cpp" line="+49"/>
        <source>Layout canvas</source>
        <translation>Layout-Zeichenfläche</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Place %1</source>
        <translation>%1 platzieren</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LibraryDock</name>
    <message>
        <location filename="../app/gui/docks/librarydock.cpp" line="+49"/>
        <location line="+5"/>
        <source>Equipment library</source>
        <translation>Betriebsmittelbibliothek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag onto the floor to place a %1</source>
        <translation>Auf die Hallenfläche ziehen, um ein Objekt vom Typ %1 zu platzieren</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineMetricsPanel</name>
    <message>
        <location filename="../app/gui/line/linemetricspanel.cpp" line="+6"/>
        <source>Line figures</source>
        <translation>Linienkennzahlen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S%1 (%2 s)</source>
        <translation>S%1 (%2 s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineSettingsPanel</name>
    <message>
        <location filename="../app/gui/line/linesettingspanel.cpp" line="+40"/>
        <source>Line settings</source>
        <translation>Linieneinstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derive from the shift calendar</source>
        <translation>Aus dem Schichtkalender ableiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned downtime per period (maintenance, meetings)</source>
        <translation>Geplante Stillstandszeit pro Periode (Wartung, Besprechungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available production time per period, when not derived from the calendar</source>
        <translation>Verfügbare Produktionszeit pro Periode, wenn nicht aus dem Kalender abgeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel stations for long tasks</source>
        <translation>Parallele Stationen für lange Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task longer than the takt time gets replicated stations instead of making the line infeasible</source>
        <translation>Ein Arbeitsgang, der länger als die Taktzeit ist, bekommt vervielfachte Stationen, statt die Linie unlösbar zu machen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand share</source>
        <translation>Bedarfsanteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models of a mixed-model line; tasks get one time column per model.</source>
        <translation>Modelle einer Mehrmodelllinie; Arbeitsgänge erhalten eine Zeitspalte je Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand per period</source>
        <translation>Bedarf pro Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts per period</source>
        <translation>Schichten pro Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift length</source>
        <translation>Schichtdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks per shift</source>
        <translation>Pausen pro Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned downtime</source>
        <translation>Geplante Stillstandszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned efficiency (OEE)</source>
        <translation>Geplanter Nutzungsgrad (OEE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available time</source>
        <translation>Verfügbare Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takt time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineWorkspace</name>
    <message>
        <location filename="../app/gui/line/lineworkspace.cpp" line="+40"/>
        <source>New line</source>
        <translation>Neue Linie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production line</source>
        <translation>Produktionslinie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tasks</source>
        <translation>Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence graph</source>
        <translation>Vorranggraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand and shifts</source>
        <translation>Bedarf und Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations on the floor</source>
        <translation>Stationen auf der Hallenfläche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag tasks between stations; refused moves are explained here.</source>
        <translation>Ziehen Sie Arbeitsgänge zwischen Stationen; abgelehnte Verschiebungen werden hier erklärt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Takt time: %1</source>
        <translation>Taktzeit: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1</source>
        <translation>Linie %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="+411"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About Taktflow</source>
        <translation>&amp;Über Taktflow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Taktflow</source>
        <translation>Über Taktflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Taktflow %1&lt;/b&gt;&lt;p&gt;Production line and plant layout design: line balance, takt time, material flow and automation coverage.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Taktflow %1&lt;/b&gt;&lt;p&gt;Planung von Produktionslinien und Fabriklayouts: Austaktung, Taktzeit, Materialfluss und Automatisierungsgrad.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto&amp;save Interval...</source>
        <translation>Intervall der automatischen Si&amp;cherung...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autosave unsaved changes every (minutes, 0 = never):</source>
        <translation>Ungespeicherte Änderungen automatisch sichern alle (Minuten, 0 = nie):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import Background Plan...</source>
        <translation>Hintergrundplan &amp;importieren ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export View...</source>
        <translation>Ansicht &amp;exportieren ...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Layout &amp;Drawing...</source>
        <translation>La&amp;youtzeichnung exportieren ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Layout as D&amp;XF...</source>
        <translation>Layout als D&amp;XF exportieren ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export layout as DXF</source>
        <translation>Layout als DXF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DXF drawings (*.dxf)</source>
        <translation>DXF-Zeichnungen (*.dxf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report Pre&amp;view...</source>
        <translation>Berichts&amp;vorschau ...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report Preview of All &amp;Variants...</source>
        <translation>Berichtsvorschau &amp;aller Varianten ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report (PDF)...</source>
        <translation>Be&amp;richt exportieren (PDF) ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report of All Variants (P&amp;DF)...</source>
        <translation>Bericht aller Varianten expor&amp;tieren (PDF) ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre&amp;ferences...</source>
        <translation>Einstellu&amp;ngen ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move selection left %1 m</source>
        <translation>Auswahl %1 m nach links verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection right %1 m</source>
        <translation>Auswahl %1 m nach rechts verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection up %1 m</source>
        <translation>Auswahl %1 m nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection down %1 m</source>
        <translation>Auswahl %1 m nach unten verschieben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Ansicht einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Material &amp;Flow Overlay</source>
        <translation>&amp;Materialfluss einblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation Bottlenec&amp;k</source>
        <translation>Simulations-&amp;Engpass</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Background Plan</source>
        <translation>&amp;Hintergrundplan anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colour by &amp;Automation</source>
        <translation>Nach &amp;Automatisierung einfärben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snap to G&amp;rid</source>
        <translation>Am Ra&amp;ster fangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snap to Item &amp;Edges</source>
        <translation>An &amp;Objektkanten fangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Panels</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich %1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Left 15°</source>
        <translation>15° nach &amp;links drehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Right 15°</source>
        <translation>15° nach &amp;rechts drehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Align &amp;Left Edges</source>
        <translation>Linke &amp;Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Horizontal Centres</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right Edges</source>
        <translation>R&amp;echte Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Obere Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Vertical Centres</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribute Verti&amp;cally</source>
        <translation>Ver&amp;tikal verteilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Optimise Layout (new variant)</source>
        <translation>Layout &amp;optimieren (neue Variante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;uggest Arrangement...</source>
        <translation>Anordnung &amp;vorschlagen ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scale Background from Two Points...</source>
        <translation>Hintergrund über zwei Punkte &amp;skalieren ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock Background Plan</source>
        <translation>Hintergrundplan s&amp;perren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background &amp;Opacity...</source>
        <translation>&amp;Deckkraft des Hintergrunds...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Background Plan</source>
        <translation>Hintergrundplan &amp;entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expor&amp;t</source>
        <translation>Exp&amp;ortieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tasks from CSV...</source>
        <translation>&amp;Arbeitsgänge aus CSV...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tasks as CSV...</source>
        <translation>&amp;Arbeitsgänge als CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Items from CSV...</source>
        <translation>&amp;Elemente aus CSV...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Items as CSV...</source>
        <translation>&amp;Elemente als CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flows from CSV...</source>
        <translation>&amp;Materialflüsse aus CSV...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Flows as CSV...</source>
        <translation>&amp;Materialflüsse als CSV...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layout Items from &amp;DXF...</source>
        <translation>Layout-Elemente aus &amp;DXF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project as &amp;JSON...</source>
        <translation>Projekt als &amp;JSON...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>taktflow::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+15"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line balancing</source>
        <translation>Austaktung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Autosaved unsaved changes</source>
        <translation>Ungespeicherte Änderungen automatisch gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>x %1 m, y %2 m  |  %3 px/m</source>
        <translation>x %1 m, y %2 m  |  %3 px/m</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Layout items</source>
        <translation>Layoutobjekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of the current variant; Ctrl+V pastes rows from a spreadsheet</source>
        <translation>Die Elemente der aktuellen Variante; Strg+V fügt Zeilen aus einer Tabellenkalkulation ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Place %1</source>
        <translation>%1 platzieren</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (read-only)[*] - Taktflow</source>
        <translation>%1 (schreibgeschützt)[*] - Taktflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] - Taktflow</source>
        <translation>%1[*] – Taktflow</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2, %3 (%4, %5)</source>
        <translation>%1: %2, %3 (%4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flow(s) between items</source>
        <translation>
            <numerusform>%n Fluss zwischen Objekten</numerusform>
            <numerusform>%n Flüsse zwischen Objekten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product routing(s)</source>
        <translation>
            <numerusform>%n Produktroute</numerusform>
            <numerusform>%n Produktrouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n direct flow(s)</source>
        <translation>
            <numerusform>%n direkter Fluss</numerusform>
            <numerusform>%n direkte Flüsse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project opened read-only</source>
        <translation>Projekt schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taktflow did not close normally. Unsaved changes to %1 were autosaved at %2.

Restore them? (Discard deletes the autosave; the project file itself is unchanged either way.)</source>
        <translation>Taktflow wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden automatisch gesichert (%2).

Wiederherstellen? (Verwerfen löscht die automatische Sicherung; die Projektdatei selbst bleibt in jedem Fall unverändert.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot recover unsaved work</source>
        <translation>Ungespeicherte Arbeit kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored unsaved changes from %1; save to keep them</source>
        <translation>Ungespeicherte Änderungen aus %1 wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variant 1</source>
        <translation>Variante 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project is read-only</source>
        <translation>Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The clipboard holds no layout items</source>
        <translation>Die Zwischenablage enthält keine Layoutobjekte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>taktflow::app::OutlineTable</name>
    <message>
        <location filename="../app/gui/docks/outlinetable.cpp" line="+36"/>
        <source>X (m)</source>
        <translation>X (m)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y (m)</source>
        <translation>Y (m)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Corner %1: not a number</source>
        <translation>Ecke %1: keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corner not moved: %1</source>
        <translation>Ecke nicht verschoben: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move corner</source>
        <translation>Ecke verschieben</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PrecedenceGraphView</name>
    <message>
        <location filename="../app/gui/line/precedencegraphview.cpp" line="+57"/>
        <source>Precedence graph</source>
        <translation>Vorranggraph</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag from one task to another to add a precedence; drag again to remove it. Click a task to highlight its predecessors and successors.</source>
        <translation>Ziehen Sie von einem Arbeitsgang zu einem anderen, um eine Vorrangbeziehung hinzuzufügen; erneutes Ziehen entfernt sie. Ein Klick auf einen Arbeitsgang hebt Vorgänger und Nachfolger hervor.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Refused: %1 before %2 would close a cycle, because %2 already comes before %1.</source>
        <translation>Abgelehnt: %1 vor %2 würde einen Zyklus schließen, weil %2 bereits vor %1 kommt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed: %1 before %2.</source>
        <translation>Entfernt: %1 vor %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: %1 before %2.</source>
        <translation>Hinzugefügt: %1 vor %2.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of menus, messages and reports; &quot;System&quot; follows the desktop&apos;s language</source>
        <translation>Sprache der Menüs, Meldungen und Berichte; „System“ folgt der Sprache des Desktops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect the next time Taktflow starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Taktflow wirksam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TAKTFLOW_LANGUAGE environment variable overrides this setting.</source>
        <translation>Die Umgebungsvariable TAKTFLOW_LANGUAGE hat Vorrang vor dieser Einstellung.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ProjectDocument</name>
    <message>
        <location filename="../app/document/projectdocument.cpp" line="+21"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 is open in another Taktflow (process %2 on %3); it is shown read-only. Use Save As to keep your changes in another file.</source>
        <translation>%1 ist in einer anderen Taktflow-Instanz geöffnet (Prozess %2 auf %3); es wird schreibgeschützt angezeigt. Verwenden Sie „Speichern unter“, um Ihre Änderungen in einer anderen Datei zu behalten.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PropertiesDock</name>
    <message>
        <location filename="../app/gui/docks/propertiesdock.cpp" line="+45"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties of the selected item</source>
        <translation>Eigenschaften des ausgewählten Elements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance</source>
        <translation>Sicherheitsabstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed (optimisation keeps it in place)</source>
        <translation>Fixiert (die Optimierung lässt es an seinem Platz)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the item, shown on the floor and in tables</source>
        <translation>Name des Elements, angezeigt auf der Fläche und in Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item is; decides how it is checked, drawn and costed</source>
        <translation>Art des Elements; bestimmt, wie es geprüft, gezeichnet und kalkuliert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre x in metres</source>
        <translation>Mittelpunkt x in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre y in metres (up is +y)</source>
        <translation>Mittelpunkt y in Metern (oben ist +y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in metres, before rotation</source>
        <translation>Breite in Metern, vor der Drehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth in metres, before rotation</source>
        <translation>Tiefe in Metern, vor der Drehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation in degrees, counter-clockwise</source>
        <translation>Drehung in Grad, gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in metres, for the 3D view</source>
        <translation>Höhe in Metern, für die 3D-Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation level: 0 % manual, 100 % fully automated</source>
        <translation>Automatisierungsgrad: 0 % manuell, 100 % vollautomatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service margin in metres that other solid items must keep clear of</source>
        <translation>Wartungsabstand in Metern, den andere feste Elemente freihalten müssen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected power in kW, for the energy figures</source>
        <translation>Anschlussleistung in kW, für die Energiekennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout optimisation does not move a fixed item</source>
        <translation>Die Layoutoptimierung verschiebt kein fixiertes Element</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n items&lt;/b&gt;: edits apply to all</source>
        <translation>
            <numerusform>&lt;b&gt;%n Objekt&lt;/b&gt;: Änderungen gelten für alle</numerusform>
            <numerusform>&lt;b&gt;%n Objekte&lt;/b&gt;: Änderungen gelten für alle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rotate items</source>
        <translation>Objekte drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move items</source>
        <translation>Objekte verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize items</source>
        <translation>Objektgrößen ändern</translation>
    </message>
</context>
<context>
    <name>taktflow::app::RecentFiles</name>
    <message>
        <location filename="../app/gui/recentfiles.cpp" line="+65"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ReportTasks</name>
    <message>
        <location filename="../app/gui/reporttasks.cpp" line="+63"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the report</source>
        <translation>Der Bericht kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/help/shortcutsdialog.cpp" line="+36"/>
        <source>Layout canvas</source>
        <translation>Layout-Zeichenfläche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the main window</source>
        <translation>Alle Tastenkürzel des Hauptfensters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close this list</source>
        <translation>Diese Liste schließen</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimResultsPanel</name>
    <message>
        <location filename="../app/gui/simulation/simresultspanel.cpp" line="+46"/>
        <source>Throughput</source>
        <translation>Ausbringung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in process</source>
        <translation>Umlaufbestand (WIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not simulated yet: set the parameters and press Run.</source>
        <translation>Noch nicht simuliert: Parameter setzen und „Ausführen“ drücken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 parts/h (95 %: %2 – %3)</source>
        <translation>%1 Teile/h (95 %: %2 – %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demand %1 parts/h</source>
        <translation>Bedarf %1 Teile/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no demand set</source>
        <translation>kein Bedarf gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, takt %1 s</source>
        <translation>, Takt %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mean %1 s, P95 %2 s</source>
        <translation>Mittelwert %1 s, P95 %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 parts</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, the bottleneck %2 % of the time</source>
        <translation>%1, %2 % der Zeit der Engpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replication(s) of %1 h each</source>
        <translation>
            <numerusform>%n Replikation von je %1 h</numerusform>
            <numerusform>%n Replikationen von je %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimSettingsPanel</name>
    <message>
        <location filename="../app/gui/simulation/simsettingspanel.cpp" line="+48"/>
        <source>Saturated (station 1 never starves)</source>
        <translation>Gesättigt (Station 1 läuft nie leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release at takt</source>
        <translation>Freigabe im Takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-arrival times</source>
        <translation>Zwischenankunftszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts arrive</source>
        <translation>Teile kommen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-arrival distribution</source>
        <translation>Verteilung der Zwischenankunftszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean inter-arrival time</source>
        <translation>Mittlere Zwischenankunftszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Simulated time per replication after the warm-up; 0: one shift of the line&apos;s calendar</source>
        <translation>Simulierte Zeit je Replikation nach der Einschwingphase; 0: eine Schicht des Linienkalenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time simulated first and left out of the statistics, while the buffers fill</source>
        <translation>Zuerst simulierte und aus der Statistik ausgelassene Zeit, während sich die Puffer füllen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Independent runs; the 95 % intervals come from their spread</source>
        <translation>Unabhängige Läufe; die 95-%-Intervalle ergeben sich aus ihrer Streuung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same seed gives the same numbers; variants compared with one seed see the same random events</source>
        <translation>Derselbe Startwert ergibt dieselben Zahlen; mit einem Startwert verglichene Varianten sehen dieselben Zufallsereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause in breaks and off-shift (the line&apos;s calendar)</source>
        <translation>In Pausen und außerhalb der Schichten anhalten (Kalender der Linie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run length</source>
        <translation>Laufdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm-up</source>
        <translation>Einschwingphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A part is released every %1 s (the takt time).</source>
        <translation>Alle %1 s wird ein Teil freigegeben (die Taktzeit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line has no takt time: enter its demand and shifts.</source>
        <translation>Die Linie hat keine Taktzeit: geben Sie ihren Bedarf und ihre Schichten ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One shift (%1 h)</source>
        <translation>Eine Schicht (%1 h)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimStateChart</name>
    <message>
        <location filename="../app/gui/simulation/simstatechart.cpp" line="+52"/>
        <source>The stations&apos; shares of working, starved, blocked, failed, setup and paused time appear here.</source>
        <translation>Hier erscheinen die Anteile der Stationen an Arbeits-, Unterversorgungs-, Blockier-, Stör-, Rüst- und Pausenzeit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3 %, %4 %5 %, %6 %7 %, %8 %9 %</source>
        <translation>%1: %2 %3 %, %4 %5 %, %6 %7 %, %8 %9 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 %2 %, %3 %4 %</source>
        <translation>, %1 %2 %, %3 %4 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bottleneck %1 % of the time</source>
        <translation>%1 % der Zeit der Engpass</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTableModel</name>
    <message>
        <location filename="../app/gui/simulation/simtablemodel.cpp" line="+107"/>
        <source>There is no production line to paste into.</source>
        <translation>Es gibt keine Produktionslinie zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The paste has %n row(s) from row %1, but the table ends at row %2.</source>
        <translation>
            <numerusform>Die Einfügung hat %n Zeile ab Zeile %1, aber die Tabelle endet bei Zeile %2.</numerusform>
            <numerusform>Die Einfügung hat %n Zeilen ab Zeile %1, aber die Tabelle endet bei Zeile %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste simulation parameters</source>
        <translation>Simulationsparameter einfügen</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTableWidget</name>
    <message>
        <location filename="../app/gui/simulation/simtablewidget.cpp" line="+73"/>
        <source>Double-click a cell to edit it; Ctrl+V pastes cells copied from a spreadsheet</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; Strg+V fügt aus einer Tabellenkalkulation kopierte Zellen ein</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTimeCharts</name>
    <message>
        <location filename="../app/gui/simulation/simtimecharts.cpp" line="+26"/>
        <source>Throughput, moving mean over %1 min</source>
        <translation>Ausbringung, gleitender Mittelwert über %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parts/h</source>
        <translation>Teile/h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demand %1 parts/h</source>
        <translation>Bedarf %1 Teile/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work in process</source>
        <translation>Umlaufbestand (WIP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buffer contents</source>
        <translation>Pufferinhalte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the simulation to see throughput, WIP and buffers over time.</source>
        <translation>Führen Sie die Simulation aus, um Ausbringung, Umlaufbestand (WIP) und Puffer über der Zeit zu sehen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimulationWorkspace</name>
    <message>
        <location filename="../app/gui/simulation/simulationworkspace.cpp" line="+53"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate the line with these parameters in the background</source>
        <translation>Die Linie mit diesen Parametern im Hintergrund simulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the running simulation; the line keeps its previous result</source>
        <translation>Die laufende Simulation anhalten; die Linie behält ihr bisheriges Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%v of %m replications</source>
        <translation>%v von %m Replikationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size &amp;buffers...</source>
        <translation>&amp;Puffer dimensionieren ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the smallest buffers for a target throughput, or the best throughput for a total</source>
        <translation>Die kleinsten Puffer für eine Zielausbringung finden oder die beste Ausbringung für eine Gesamtkapazität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Production line</source>
        <translation>Produktionslinie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Task times</source>
        <translation>Arbeitsgangzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and run</source>
        <translation>Quelle und Lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Takt time: %1 s</source>
        <translation>Taktzeit: %1 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>The variant has no production line to simulate.</source>
        <translation>Die Variante hat keine Produktionslinie zum Simulieren.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not simulated yet: set the parameters and press Run.</source>
        <translation>Noch nicht simuliert: Parameter setzen und „Ausführen“ drücken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line or its parameters changed since: run again for current figures</source>
        <translation>die Linie oder ihre Parameter wurden seitdem geändert: für aktuelle Kennzahlen erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events in %2 s</source>
        <translation>%1 Ereignisse in %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A simulation is running already: cancel it first.</source>
        <translation>Es läuft bereits eine Simulation: brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot simulate %1: %2</source>
        <translation>%1 kann nicht simuliert werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simulating %1...</source>
        <translation>%1 wird simuliert ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen ...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; the line keeps its previous result.</source>
        <translation>Abgebrochen; die Linie behält ihr bisheriges Ergebnis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The simulated line was removed while it ran; the result is dropped.</source>
        <translation>Die simulierte Linie wurde während des Laufs entfernt; das Ergebnis wird verworfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time limit ended the run early; the figures cover the finished replications.</source>
        <translation>Das Zeitlimit hat den Lauf vorzeitig beendet; die Kennzahlen umfassen die fertigen Replikationen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::StationBoard</name>
    <message>
        <location filename="../app/gui/line/stationboard.cpp" line="+43"/>
        <source>Station board</source>
        <translation>Stationstafel</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 taken out of its station.</source>
        <translation>%1 aus seiner Station genommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved to station %2.</source>
        <translation>%1 zu Station %2 verschoben.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Bottleneck of the last simulation: S%1 limits the line %2 % of the time (throughput %3 parts/h)</source>
        <translation>Engpass der letzten Simulation: S%1 begrenzt die Linie %2 % der Zeit (Ausbringung %3 Teile/h)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No production line in this variant.</source>
        <translation>Keine Produktionslinie in dieser Variante.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s · %2 %</source>
        <translation>%1 s · %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>taktflow::app::StationTable</name>
    <message>
        <location filename="../app/gui/line/stationtable.cpp" line="+31"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station type</source>
        <translation>Stationsart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout item</source>
        <translation>Layoutobjekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add station</source>
        <translation>Station hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an empty station at the end of the line</source>
        <translation>Leere Station am Ende der Linie hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove last empty station</source>
        <translation>Letzte leere Station entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last station when no task is assigned to it</source>
        <translation>Letzte Station entfernen, wenn ihr kein Arbeitsgang zugeordnet ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not placed)</source>
        <translation>(nicht platziert)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskDensityView</name>
    <message>
        <location filename="../app/gui/simulation/taskdensityview.cpp" line="+13"/>
        <source>The density of the selected task&apos;s time; the dashed line is its mean</source>
        <translation>Die Dichte der Zeit des ausgewählten Arbeitsgangs; die gestrichelte Linie ist ihr Mittelwert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a task to see its time distribution.</source>
        <translation>Wählen Sie einen Arbeitsgang, um seine Zeitverteilung zu sehen.</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskTableModel</name>
    <message>
        <location filename="../app/gui/line/tasktablemodel.cpp" line="+74"/>
        <source>+T3: must share a station with T3; -T5: must not share a station with T5</source>
        <translation>+T3: muss sich eine Station mit T3 teilen; -T5: darf sich keine Station mit T5 teilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated time (s)</source>
        <translation>Automatisierte Zeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station type</source>
        <translation>Stationsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed station</source>
        <translation>Feste Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoning</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time %1 (s)</source>
        <translation>Zeit %1 (s)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit %1 of task %2</source>
        <translation>%1 von Arbeitsgang %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskTableWidget</name>
    <message>
        <location filename="../app/gui/line/tasktablewidget.cpp" line="+34"/>
        <source>Tasks</source>
        <translation>Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add task</source>
        <translation>Arbeitsgang hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a task to the line</source>
        <translation>Arbeitsgang zur Linie hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tasks</source>
        <translation>Ausgewählte Arbeitsgänge löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the current task one row up</source>
        <translation>Aktuellen Arbeitsgang eine Zeile nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the current task one row down</source>
        <translation>Aktuellen Arbeitsgang eine Zeile nach unten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste from spreadsheet</source>
        <translation>Aus Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pastes tab-separated cells at the current cell (Ctrl+V in the table). With a header row (id, name, time_s, predecessors ...) the rows are added as new tasks.</source>
        <translation>Fügt tabulatorgetrennte Zellen an der aktuellen Zelle ein (Strg+V in der Tabelle). Mit einer Kopfzeile (id, name, time_s, predecessors ...) werden die Zeilen als neue Arbeitsgänge hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV...</source>
        <translation>CSV importieren ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tasks</source>
        <translation>Arbeitsgänge importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add tasks from a CSV file (id, name, time_s, predecessors); File &gt; Import maps other headers</source>
        <translation>Arbeitsgänge aus einer CSV-Datei hinzufügen (id, name, time_s, predecessors); Datei &gt; Importieren ordnet andere Kopfzeilen zu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New task</source>
        <translation>Neuer Arbeitsgang</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Paste tasks</source>
        <translation>Arbeitsgänge einfügen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>%n Arbeitsgang importieren</numerusform>
            <numerusform>%n Arbeitsgänge importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::TimelineSlider</name>
    <message>
        <location filename="../app/gui/simulation/timelineslider.cpp" line="+18"/>
        <source>Simulated time; the shaded start is the warm-up, not counted in the results</source>
        <translation>Simulierte Zeit; der schattierte Anfang ist die Einschwingphase, in den Ergebnissen nicht gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
</context>
<context>
    <name>taktflow::app::UserGuideDialog</name>
    <message>
        <location filename="../app/gui/help/userguidedialog.cpp" line="+67"/>
        <source>Taktflow User Guide</source>
        <translation>Taktflow-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide; links to web pages open in your browser</source>
        <translation>Das Benutzerhandbuch; Links zu Webseiten öffnen sich in Ihrem Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the user guide</source>
        <translation>Benutzerhandbuch schließen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Read it online in the project&apos;s README and user guide:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Das Benutzerhandbuch ist nicht installiert&lt;/h2&gt;&lt;p&gt;Lesen Sie es online in der README und im Benutzerhandbuch des Projekts:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>taktflow::app::VariantsDock</name>
    <message>
        <location filename="../app/gui/docks/variantsdock.cpp" line="+15"/>
        <location line="+27"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an empty variant</source>
        <translation>Leere Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the current variant</source>
        <translation>Die aktuelle Variante kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the current variant (or double-click it)</source>
        <translation>Die aktuelle Variante umbenennen (oder doppelklicken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the current variant</source>
        <translation>Die aktuelle Variante löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Objekt</numerusform>
            <numerusform>%1: %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add variant %1</source>
        <translation>Variante %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate variant %1</source>
        <translation>Variante %1 duplizieren</translation>
    </message>
</context>
<context>
    <name>taktflow::app::YamazumiWidget</name>
    <message>
        <location filename="../app/gui/line/yamazumiwidget.cpp" line="+18"/>
        <source>Yamazumi chart</source>
        <translation>Yamazumi-Diagramm</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All models, demand-weighted</source>
        <translation>Alle Modelle, nach Bedarf gewichtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balance the line or assign tasks to stations to see the chart.</source>
        <translation>Takten Sie die Linie aus oder ordnen Sie Arbeitsgänge Stationen zu, um das Diagramm zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automated</source>
        <translation>automatisiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>takt %1 s, cycle %2 s</source>
        <translation>Takt %1 s, Zyklus %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle %1 s</source>
        <translation>Zyklus %1 s</translation>
    </message>
</context>
<context>
    <name>taktflow::app::view3d::PlantView3D</name>
    <message>
        <location filename="../app/view3d/plantview3d.cpp" line="+109"/>
        <source>3D view of the layout</source>
        <translation>3D-Ansicht des Layouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left drag orbits, right drag pans, the wheel zooms; a click selects an item</source>
        <translation>Ziehen mit links dreht, Ziehen mit rechts verschiebt, das Mausrad zoomt; ein Klick wählt ein Element aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automation colours</source>
        <translation>Automatisierungsfarben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour equipment by automation level instead of by type</source>
        <translation>Betriebsmittel nach Automatisierungsgrad statt nach Typ einfärben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show item names above the items (on plants of more than %n items, of the selected items only)</source>
        <translation>
            <numerusform>Objektnamen über den Objekten anzeigen (in Werken mit mehr als %n Objekt nur die der ausgewählten Objekte)</numerusform>
            <numerusform>Objektnamen über den Objekten anzeigen (in Werken mit mehr als %n Objekten nur die der ausgewählten Objekte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show material flows as arcs, wider for larger volumes</source>
        <translation>Materialflüsse als Bögen zeigen, breiter bei größeren Mengen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each production line as a band through the items its stations are linked to</source>
        <translation>Jede Produktionslinie als Band durch die Objekte zeigen, mit denen ihre Stationen verknüpft sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top</source>
        <translation>Draufsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front</source>
        <translation>Vorderansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seitenansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric</source>
        <translation>Isometrisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at the whole floor from this side: %1</source>
        <translation>Die gesamte Fläche von dieser Seite betrachten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit all</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the camera so every item is in view</source>
        <translation>Kamera so bewegen, dass alle Elemente sichtbar sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk</source>
        <translation>Begehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walk through the line at eye height: W A S D or arrow keys, drag to look, Esc to stop</source>
        <translation>Die Linie in Augenhöhe begehen: W A S D oder Pfeiltasten, Ziehen zum Umsehen, Esc zum Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot…</source>
        <translation>Bildschirmfoto …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the 3D view as a PNG image</source>
        <translation>Die 3D-Ansicht als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The 3D view did not deliver an image; make sure it is visible.</source>
        <translation>Die 3D-Ansicht hat kein Bild geliefert; achten Sie darauf, dass sie sichtbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save 3D Screenshot</source>
        <translation>3D-Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model file(s) not shown</source>
        <translation>
            <numerusform>%n Modelldatei nicht angezeigt</numerusform>
            <numerusform>%n Modelldateien nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::view3d::SceneEntities</name>
    <message>
        <location filename="../app/view3d/sceneentitymodels.cpp" line="+94"/>
        <source>The model file does not exist.</source>
        <translation>Die Modelldatei existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported model format &quot;%1&quot; (use glTF, OBJ or STL).</source>
        <translation>Nicht unterstütztes Modellformat „%1“ (verwenden Sie glTF, OBJ oder STL).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model file was refused: %1</source>
        <translation>Die Modelldatei wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model file could not be read.</source>
        <translation>Die Modelldatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The model file has no volume.</source>
        <translation>Die Modelldatei hat kein Volumen.</translation>
    </message>
</context>
<context>
    <name>taktflow::core::ArrangementModel</name>
    <message>
        <location filename="../core/arrangement/arrangementmodel.cpp" line="+66"/>
        <source>Item %1 does not exist.</source>
        <translation>Objekt %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is chosen twice.</source>
        <translation>Objekt %1 ist doppelt gewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is fixed and cannot be moved.</source>
        <translation>Objekt %1 ist fixiert und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 items need at least as many slots, but there are %2.</source>
        <translation>%1 Objekte brauchen mindestens ebenso viele Plätze, es gibt aber nur %2.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (optimised)</source>
        <translation>%1 (optimiert)</translation>
    </message>
</context>
<context>
    <name>taktflow::core::FlowAnalysis</name>
    <message>
        <location filename="../core/flow/flowanalysis.cpp" line="+266"/>
        <source>%1 cannot be reached by aisle: no aisle within reach, so the flow %2 -&gt; %3 has no distance.</source>
        <translation>%1 ist über keinen Gang erreichbar: kein Gang in Reichweite, daher hat der Fluss %2 -&gt; %3 keine Distanz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No aisle path from %1 to %2: their aisles are not connected.</source>
        <translation>Kein Gangweg von %1 nach %2: ihre Gänge sind nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>taktflow::core::FlowLegs</name>
    <message>
        <location filename="../core/flow/flowlegs.cpp" line="+17"/>
        <source>%1 names item %2, which does not exist.</source>
        <translation>%1 nennt das Objekt %2, das nicht existiert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routing of product %1</source>
        <translation>Arbeitsplan von Produkt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flow %1 -&gt; %2</source>
        <translation>Fluss %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>taktflow::core::GeometryChecker</name>
    <message>
        <location filename="../core/layout/geometrychecker.cpp" line="+383"/>
        <source>The outline of %1 crosses itself or has no area; fix it before trusting its checks.</source>
        <translation>Der Umriss von %1 überschneidet sich selbst oder hat keine Fläche; korrigieren Sie ihn, bevor Sie seinen Prüfungen vertrauen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lies %2 m² outside the building outline.</source>
        <translation>%1 liegt %2 m² außerhalb des Gebäudeumrisses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aisle %1 is %2 m wide; the minimum is %3 m.</source>
        <translation>Gang %1 ist %2 m breit; das Minimum ist %3 m.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 overlap by %3 m².</source>
        <translation>%1 und %2 überlappen sich um %3 m².</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 are %3 m apart; their service margin needs %4 m.</source>
        <translation>%1 und %2 sind %3 m voneinander entfernt; ihr Wartungsabstand braucht %4 m.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 narrows aisle %2 to %3 m; the minimum is %4 m.</source>
        <translation>%1 verengt Gang %2 auf %3 m; das Minimum ist %4 m.</translation>
    </message>
</context>
<context>
    <name>taktflow::core::LayoutImprovement</name>
    <message>
        <location filename="../core/arrangement/layoutimprovement.cpp" line="+100"/>
        <source>%1 (improved)</source>
        <translation>%1 (verbessert)</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::BufferSizing</name>
    <message>
        <location filename="../core/simulation/buffersizing.cpp" line="+67"/>
        <source>the line piles up more than %1 parts whatever the sized buffers hold: its releases outpace it (an unlimited buffer or the entry queue grows without end)</source>
        <translation>die Linie staut mehr als %1 Teile auf, was auch immer die dimensionierten Puffer fassen: ihre Freigaben überholen sie (ein unbegrenzter Puffer oder die Eingangswarteschlange wächst ohne Ende)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>buffer sizing needs either a target throughput or a total capacity</source>
        <translation>die Puffer-Dimensionierung braucht entweder eine Zielausbringung oder eine Gesamtkapazität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the target throughput must be a finite number of parts per hour above 0</source>
        <translation>die Zielausbringung muss eine endliche Anzahl Teile pro Stunde über 0 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a total buffer capacity cannot be negative</source>
        <translation>eine Gesamtpufferkapazität kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no limited buffer to size (every gap is unlimited)</source>
        <translation>die Linie hat keinen begrenzten Puffer zum Dimensionieren (jede Lücke ist unbegrenzt)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>best allocation of %1 buffer places: %2 parts per hour</source>
        <translation>beste Aufteilung von %1 Pufferplätzen: %2 Teile pro Stunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target of %1 parts per hour is not reached with up to %2 buffer places (best %3 parts per hour)</source>
        <translation>das Ziel von %1 Teilen pro Stunde wird mit bis zu %2 Pufferplätzen nicht erreicht (bestenfalls %3 Teile pro Stunde)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 buffer places reach %2 parts per hour; an independent run gives %3 parts per hour</source>
        <translation>%1 Pufferplätze erreichen %2 Teile pro Stunde; ein unabhängiger Lauf ergibt %3 Teile pro Stunde</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::Experiment</name>
    <message>
        <location filename="../core/simulation/experiment.cpp" line="+29"/>
        <source>the number of replications must be between 1 and %1</source>
        <translation>die Anzahl der Replikationen muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run length must be above 0 s and at most %1 s</source>
        <translation>die Laufdauer muss über 0 s und höchstens %1 s betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the warm-up must be a finite number of seconds, at least 0 and at most %1 s</source>
        <translation>die Einschwingphase muss eine endliche Anzahl Sekunden sein, mindestens 0 und höchstens %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of threads cannot be negative</source>
        <translation>die Anzahl der Threads kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time limit must be a finite number of seconds, at least 0</source>
        <translation>das Zeitlimit muss eine endliche Anzahl Sekunden sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series interval must be a finite number of seconds, at least 0</source>
        <translation>das Intervall der Zeitreihe muss eine endliche Anzahl Sekunden sein, mindestens 0</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::LineModelBuilder</name>
    <message>
        <location filename="../core/simulation/linemodelbuilder.cpp" line="+45"/>
        <source>the line has no stations; balance it first</source>
        <translation>die Linie hat keine Stationen; takten Sie sie zuerst aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>station %1 has no tasks</source>
        <translation>Station %1 hat keine Arbeitsgänge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>station %1 names the unknown task %2</source>
        <translation>Station %1 nennt den unbekannten Arbeitsgang %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task %1 is assigned twice, to station %2 and to station %3</source>
        <translation>Arbeitsgang %1 ist doppelt zugeordnet, zu Station %2 und zu Station %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n task(s) not assigned to any station: %1</source>
        <translation>
            <numerusform>%n Arbeitsgang keiner Station zugeordnet: %1</numerusform>
            <numerusform>%n Arbeitsgänge keiner Station zugeordnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>release at takt: %1</source>
        <translation>Freigabe im Takt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release at takt needs a demand and an available time per period</source>
        <translation>die Freigabe im Takt braucht einen Bedarf und eine verfügbare Zeit pro Periode</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a random model mix needs a model with a demand share above 0</source>
        <translation>ein zufälliger Modellmix braucht ein Modell mit einem Bedarfsanteil über 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the release sequence names the unknown model %1</source>
        <translation>die Freigabefolge nennt das unbekannte Modell %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a release sequence from the mix needs a model with a demand share above 0</source>
        <translation>eine Freigabefolge aus dem Mix braucht ein Modell mit einem Bedarfsanteil über 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line &quot;%1&quot;: %2</source>
        <translation>Linie „%1“: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>shift calendar: %1</source>
        <translation>Schichtkalender: %1</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::LineTransport</name>
    <message>
        <location filename="../core/simulation/linetransport.cpp" line="+83"/>
        <source>station S%1 stands on item %2, which does not exist</source>
        <translation>Station S%1 steht auf Objekt %2, das nicht existiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the flow from item %1 to item %2 names the unknown transport means %3</source>
        <translation>der Fluss von Objekt %1 zu Objekt %2 nennt das unbekannte Transportmittel %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>no aisle path leads from item %1 to item %2</source>
        <translation>kein Gangweg führt von Objekt %1 zu Objekt %2</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::SimModel</name>
    <message>
        <location filename="../core/simulation/simmodel.cpp" line="+27"/>
        <source>time between failures: %1</source>
        <translation>Zeit zwischen Ausfällen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mean time between failures must be above 0 s</source>
        <translation>die mittlere Betriebszeit zwischen Ausfällen muss über 0 s liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failures after a number of operations need at least 1 operation</source>
        <translation>Ausfälle nach einer Anzahl Arbeitsspiele brauchen mindestens 1 Arbeitsspiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time to repair: %1</source>
        <translation>Reparaturzeit: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the line makes no product model</source>
        <translation>die Linie fertigt kein Produktmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line has no stations</source>
        <translation>die Linie hat keine Stationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station %1 needs at least 1 server</source>
        <translation>Station %1 braucht mindestens 1 Bedieneinheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has more than %1 servers in all</source>
        <translation>die Linie hat insgesamt mehr als %1 Bedieneinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station %1 needs one process time per model</source>
        <translation>Station %1 braucht eine Prozesszeit je Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>station %1: %2</source>
        <translation>Station %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>station %1, setup: %2</source>
        <translation>Station %1, Rüsten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line needs one buffer per gap between stations (%1)</source>
        <translation>die Linie braucht einen Puffer je Lücke zwischen Stationen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a buffer capacity cannot be negative</source>
        <translation>eine Pufferkapazität kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line needs no transport legs or one per gap (%1)</source>
        <translation>die Linie braucht keine Transportstrecken oder eine je Lücke (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transport leg names a transporter that does not exist</source>
        <translation>eine Transportstrecke nennt ein Transportmittel, das nicht existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a transport distance must be a finite number of metres, at least 0</source>
        <translation>eine Transportentfernung muss eine endliche Anzahl Meter sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the station distances need one row per station</source>
        <translation>die Stationsentfernungen brauchen eine Zeile je Station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the station distances need one column per station</source>
        <translation>die Stationsentfernungen brauchen eine Spalte je Station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a station distance must be a finite number of metres, at least 0</source>
        <translation>eine Stationsentfernung muss eine endliche Anzahl Meter sein, mindestens 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the transport has more than %1 vehicles in all</source>
        <translation>der Transport hat insgesamt mehr als %1 Fahrzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transporter %1 needs at least 1 vehicle, 1 part per trip and a speed above 0</source>
        <translation>Transportmittel %1 braucht mindestens 1 Fahrzeug, 1 Teil je Fahrt und eine Geschwindigkeit über 0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a saturated line needs a station that takes time (a mean above 0 s)</source>
        <translation>eine gesättigte Linie braucht eine Station, die Zeit braucht (Mittelwert über 0 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station %1 takes no time and the saturated source would fill the unlimited buffer after it without end</source>
        <translation>Station %1 braucht keine Zeit, und die gesättigte Quelle würde den unbegrenzten Puffer danach ohne Ende füllen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>release at takt needs a takt time above 0 s</source>
        <translation>die Freigabe im Takt braucht eine Taktzeit über 0 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inter-arrival time: %1</source>
        <translation>Zwischenankunftszeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mean inter-arrival time must be above 0 s</source>
        <translation>die mittlere Zwischenankunftszeit muss über 0 s liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the release sequence names a model that does not exist</source>
        <translation>die Freigabefolge nennt ein Modell, das nicht existiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a random model mix needs one share per model</source>
        <translation>ein zufälliger Modellmix braucht einen Anteil je Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the shift calendar needs a period above 0 s</source>
        <translation>der Schichtkalender braucht eine Periode über 0 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the calendar&apos;s pauses must be sorted, disjoint and inside the period</source>
        <translation>die Pausen des Kalenders müssen sortiert, disjunkt und innerhalb der Periode sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shift calendar leaves no working time</source>
        <translation>der Schichtkalender lässt keine Arbeitszeit übrig</translation>
    </message>
</context>
</TS>
