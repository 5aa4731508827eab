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
        <location filename="../../ui/app.py" line="20"/>
        <location filename="../../ui/app.py" line="21"/>
        <source>Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersChart</name>
    <message>
        <location filename="../../ui/offers_chart.py" line="43"/>
        <source>Offers over the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="98"/>
        <source>Their offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="99"/>
        <source>Our offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="100"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="101"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="103"/>
        <source>Best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offers_chart.py" line="106"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <location filename="../../ui/room_feature.py" line="52"/>
        <source>Rounds</source>
        <extracomment>The statuses in which one can walk away (a reopened deal ends through the follow-up instead). The commit feature&apos;s dialog for moving a committed point (reason + new signature).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_feature.py" line="54"/>
        <source>Walk away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_feature.py" line="57"/>
        <source>Say the three-part script and record the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_feature.py" line="62"/>
        <source>Threatening to walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_feature.py" line="67"/>
        <source>Revise the walk-away point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_feature.py" line="108"/>
        <source>Revising a committed walk-away point needs the commit feature, not installed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="22"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="23"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="24"/>
        <source>Our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="25"/>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="26"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="27"/>
        <source>First time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="28"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="29"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="35"/>
        <source>Bad faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="36"/>
        <source>Concession demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="37"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="38"/>
        <source>Scope drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="93"/>
        <source>After the deal was reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="116"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/rounds_model.py" line="117"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsSection</name>
    <message>
        <location filename="../../ui/rounds_section.py" line="112"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="123"/>
        <source>Date of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="125"/>
        <location filename="../../ui/rounds_section.py" line="126"/>
        <location filename="../../ui/rounds_section.py" line="285"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="128"/>
        <location filename="../../ui/rounds_section.py" line="129"/>
        <location filename="../../ui/rounds_section.py" line="286"/>
        <source>Our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="130"/>
        <source>Unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="131"/>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="132"/>
        <source>Conditions of your walk-away point not met in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="133"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="134"/>
        <source>Signals seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="135"/>
        <source>Warning signs seen in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="137"/>
        <source>First time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="138"/>
        <source>Would sign: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="139"/>
        <source>Would sign: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="141"/>
        <source>Would you sign this if it walked in for the first time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="143"/>
        <source>If this deal walked in for the first time today, would you sign it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="145"/>
        <location filename="../../ui/rounds_section.py" line="290"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="146"/>
        <source>Hours spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="149"/>
        <location filename="../../ui/rounds_section.py" line="150"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="151"/>
        <location filename="../../ui/rounds_section.py" line="152"/>
        <source>Log round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="153"/>
        <source>Add this round and update the verdict (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="159"/>
        <source>Round entry error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="222"/>
        <source>Commit to your walk-away point before the first round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="224"/>
        <source>You walked away from this deal. If they come back, reopen it to log new rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/rounds_section.py" line="226"/>
        <source>This deal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatHelper</name>
    <message>
        <location filename="../../ui/threat_helper.py" line="29"/>
        <source>Threatening to walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="34"/>
        <source>&lt;b&gt;The sixty-second rule.&lt;/b&gt; Say you will walk only if you would stand up and leave within the next minute when they answer no. A bluff that gets called costs more than the point it was meant to win: every later warning of yours will be weighed against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="42"/>
        <source>&lt;b&gt;If they say no, will you leave within sixty seconds?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="48"/>
        <source>Other pressure moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="51"/>
        <source>Yes: walk away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="52"/>
        <source>Yes: walk away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="53"/>
        <source>Then do not threaten: walk, calmly, with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="54"/>
        <location filename="../../ui/threat_helper.py" line="55"/>
        <source>No: use another move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="65"/>
        <source>If not, these put on pressure without a bluff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="79"/>
        <source>“We are also talking to others: {alternative} is a real option for us.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="83"/>
        <source>“We are also looking at {alternative}.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="85"/>
        <source>You have no alternative written down yet: add one to your plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="90"/>
        <source>“At {offer}, the price does not work for us. What can move on your side?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="94"/>
        <source>“{condition} has to be part of this. How will you cover it?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="96"/>
        <source>Name one specific term that does not work for you, and ask how they would fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="99"/>
        <source>“I need to take this back to my side before I can answer. Can we pick it up tomorrow?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="102"/>
        <source>“I need to take this back to my side before I can answer. Will {who} be there when we pick it up?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="106"/>
        <source>Introduce an alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="107"/>
        <source>Raise a specific concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/threat_helper.py" line="108"/>
        <source>Ask for time to consult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../ui/verdict_banner.py" line="47"/>
        <location filename="../../ui/verdict_banner.py" line="54"/>
        <source>Verdict</source>
        <extracomment>Background and text colours per verdict, readable in light and dark themes (contrast ≥ 4.5). Deals where the verdict still matters: the room is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="59"/>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="63"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="66"/>
        <source>Invested so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="89"/>
        <source>WALK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="90"/>
        <source>CONSIDER WALKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="91"/>
        <source>PROCEED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <location filename="../../ui/walk_dialog.py" line="65"/>
        <source>Walk away from {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="70"/>
        <source>Say it calmly and specifically, and leave the door open. Read it once more before you say it; the notes below point out anything that could turn the walk into an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="82"/>
        <source>Why the planner says walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="84"/>
        <source>Acknowledge what they did well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="86"/>
        <source>The specific reason: given …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="88"/>
        <source>Leave the door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="89"/>
        <location filename="../../ui/walk_dialog.py" line="90"/>
        <source>Use the suggested reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="98"/>
        <source>Notes on the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="105"/>
        <location filename="../../ui/walk_dialog.py" line="131"/>
        <source>Walked away on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="109"/>
        <location filename="../../ui/walk_dialog.py" line="132"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="110"/>
        <source>Walked deals often come back within days: check in on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="120"/>
        <location filename="../../ui/walk_dialog.py" line="121"/>
        <location filename="../../ui/walk_dialog.py" line="172"/>
        <source>Record the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="127"/>
        <source>1. Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="128"/>
        <source>2. Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="130"/>
        <source>3. Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="169"/>
        <source>Record the walk anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walk_dialog.py" line="171"/>
        <source>The script reads calm, specific and open.</source>
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
