<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../ui/guide_viewer.py" line="33"/>
        <source>Walkaway guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="37"/>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="41"/>
        <source>Go back to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="43"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="44"/>
        <source>Go to the start of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="68"/>
        <source>The guide could not be found at {path}. Reinstalling Walkaway restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="74"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guide_viewer.py" line="77"/>
        <source>The method and the program, explained in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="19"/>
        <location filename="../../ui/app.py" line="20"/>
        <source>Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Welcome to Walkaway</source>
        <extracomment>Set once the welcome has been seen, whichever way it was closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>Walkaway icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>The method in three steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66"/>
        <source>Start by looking at the demo plans, one in every stage, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="69"/>
        <location filename="../../ui/welcome.py" line="70"/>
        <source>Open the demo plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>Add six example deals, from planning to agreed, to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <location filename="../../ui/welcome.py" line="73"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="74"/>
        <source>Start a plan for your own negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="99"/>
        <source>&lt;b&gt;Decide your walk-away point in advance&lt;/b&gt;, while you are calm: the least good deal you would still sign, as an amount and the conditions that must hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="103"/>
        <source>&lt;b&gt;Watch the signals&lt;/b&gt; in the room, and judge every offer against your plan, not against the hours already spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="107"/>
        <source>&lt;b&gt;Walk well&lt;/b&gt; when it is time: say what they did well, give your specific reason, and leave the door open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
