<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionToolTip</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChartsImage</name>
    <message>
        <source>there is no chart to save</source>
        <translation>il n’y a aucun graphique à enregistrer</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Terminate</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Decrypt HTTPS here and send plain HTTP to the backends</source>
        <translation>Déchiffrer le HTTPS ici et envoyer du HTTP en clair aux serveurs du backend</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation>Rechiffrer</translation>
    </message>
    <message>
        <source>Decrypt HTTPS here, then connect to the backends over HTTPS again</source>
        <translation>Déchiffrer le HTTPS ici, puis se reconnecter aux serveurs du backend en HTTPS</translation>
    </message>
    <message>
        <source>Pass through</source>
        <translation>Laisser passer</translation>
    </message>
    <message>
        <source>Forward the encrypted TCP stream; the web servers hold the certificate</source>
        <translation>Transmettre le flux TCP chiffré tel quel&#xa0;; les serveurs web détiennent le certificat</translation>
    </message>
    <message>
        <source>None (plain HTTP)</source>
        <translation>Aucun (HTTP en clair)</translation>
    </message>
    <message>
        <source>No HTTPS at all: everything travels in the clear</source>
        <translation>Pas de HTTPS du tout&#xa0;: tout circule en clair</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Round robin (tourniquet)</translation>
    </message>
    <message>
        <source>Each new request goes to the next server in turn</source>
        <translation>Chaque nouvelle requête va au serveur suivant, à tour de rôle</translation>
    </message>
    <message>
        <source>Least connections</source>
        <translation>Moins de connexions</translation>
    </message>
    <message>
        <source>Each new request goes to the server with the fewest open connections</source>
        <translation>Chaque nouvelle requête va au serveur qui a le moins de connexions ouvertes</translation>
    </message>
    <message>
        <source>Source IP hash</source>
        <translation>Hachage de l’IP source</translation>
    </message>
    <message>
        <source>The client&apos;s address picks the server, so a client keeps its server</source>
        <translation>L’adresse du client choisit le serveur&#xa0;: un client garde ainsi son serveur</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Accepts writes and replicates them to the replicas</source>
        <translation>Accepte les écritures et les réplique vers les répliques</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <source>A read-only copy kept up to date by the primary</source>
        <translation>Une copie en lecture seule tenue à jour par la primaire</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>When the primary fails, writes stop until someone promotes a replica</source>
        <translation>Quand la primaire tombe, les écritures s’arrêtent jusqu’à ce que quelqu’un promeuve une réplique</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>This replica is promoted to primary when the primary fails</source>
        <translation>Cette réplique devient primaire quand la primaire tombe</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Let the traffic through</source>
        <translation>Laisser passer le trafic</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Drop the traffic</source>
        <translation>Rejeter le trafic</translation>
    </message>
</context>
<context>
    <name>CollocatedTiersRule</name>
    <message>
        <source>%1 runs the web server, the application server and the database together</source>
        <translation>%1 fait tourner ensemble le serveur web, le serveur d’applications et la base de données</translation>
    </message>
    <message>
        <source>%1 each run the web server, the application server and the database together</source>
        <translation>%1 font chacun tourner ensemble le serveur web, le serveur d’applications et la base de données</translation>
    </message>
    <message>
        <source>The three tiers compete for one machine&apos;s processor, memory and disk, a fault or a bad deployment in one of them takes the others down, and none can grow on its own. Move the database to servers of its own, then scale the web and application tiers separately.</source>
        <translation>Les trois niveaux se disputent le processeur, la mémoire et le disque d’une seule machine&#xa0;; une panne ou un mauvais déploiement de l’un entraîne les autres dans sa chute, et aucun ne peut grandir seul. Placez la base de données sur ses propres serveurs, puis faites évoluer séparément les niveaux web et applicatif.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>See how a web request travels through real infrastructure.</source>
        <translation>Voyez comment une requête web traverse une véritable infrastructure.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>open FILE (or the default design) in the window</source>
        <translation>ouvrir FICHIER (ou le schéma par défaut) dans la fenêtre</translation>
    </message>
    <message>
        <source>the options of one command</source>
        <translation>les options d’une commande</translation>
    </message>
    <message>
        <source>SRC is a file path or preset:NAME. Exit status: 0 on success, 2 on bad input or usage.</source>
        <translation>SRC est un chemin de fichier ou preset:NOM. Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’entrée ou d’utilisation incorrecte.</translation>
    </message>
    <message>
        <source>A design to open in the window, or a command above.</source>
        <translation>Un schéma à ouvrir dans la fenêtre, ou une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>unknown command; see infralab --help</source>
        <translation>commande inconnue&#xa0;; voir infralab --help</translation>
    </message>
    <message>
        <source>open one file at a time</source>
        <translation>ouvrez un seul fichier à la fois</translation>
    </message>
    <message>
        <source>list what is wrong with a design: single points of failure, missing HTTPS, open ports...</source>
        <translation>lister les défauts d’un schéma&#xa0;: points de défaillance uniques, HTTPS absent, ports ouverts…</translation>
    </message>
    <message>
        <source>Print {&quot;findings&quot;:[...]} instead of one finding a line.</source>
        <translation>Afficher {&quot;findings&quot;:[...]} au lieu d’un problème par ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>draw the whole design to an image; PNG and SVG reopen as the design</source>
        <translation>dessiner tout le schéma dans une image&#xa0;; un PNG ou un SVG se rouvre comme schéma</translation>
    </message>
    <message>
        <source>Output units per scene unit, %1 to %2 (default 1): 2 gives a PNG twice as wide and high.</source>
        <translation>Unités de sortie par unité de scène, de %1 à %2 (1 par défaut)&#xa0;: 2 donne un PNG deux fois plus large et plus haut.</translation>
    </message>
    <message>
        <source>Space around the drawing, in scene units (default 24).</source>
        <translation>Espace autour du dessin, en unités de scène (24 par défaut).</translation>
    </message>
    <message>
        <source>No background (PNG, SVG); white by default.</source>
        <translation>Pas de fond (PNG, SVG)&#xa0;; blanc par défaut.</translation>
    </message>
    <message>
        <source>unknown image format; use %1</source>
        <translation>format d’image inconnu&#xa0;; utilisez %1</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2</source>
        <translation>--scale doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>--margin must be a number from 0 to %1</source>
        <translation>--margin doit être un nombre de 0 à %1</translation>
    </message>
    <message>
        <source>list the built-in designs: NAME&lt;TAB&gt;title</source>
        <translation>lister les schémas intégrés&#xa0;: NOM&lt;TAB&gt;titre</translation>
    </message>
    <message>
        <source>simulate traffic, attacks and failures; per-second CPU, QPS, drops and errors</source>
        <translation>simuler trafic, attaques et pannes&#xa0;; CPU, requêtes/s, rejets et erreurs seconde par seconde</translation>
    </message>
    <message>
        <source>Simulated seconds to run (a whole number).</source>
        <translation>Nombre de secondes simulées (un nombre entier).</translation>
    </message>
    <message>
        <source>Requests per second from browsers (default 100).</source>
        <translation>Requêtes par seconde envoyées par les navigateurs (100 par défaut).</translation>
    </message>
    <message>
        <source>Attack packets per second from the internet (default 0).</source>
        <translation>Paquets d’attaque par seconde venant d’internet (0 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the random numbers: the same seed gives the same run (default 1).</source>
        <translation>Graine des nombres aléatoires&#xa0;: la même graine donne la même exécution (1 par défaut).</translation>
    </message>
    <message>
        <source>Stop NODE at T seconds, and start it again at T2 if given. Repeatable.</source>
        <translation>Arrêter NŒUD à T secondes, et le redémarrer à T2 s’il est donné. Répétable.</translation>
    </message>
    <message>
        <source>Write t,node,kind,cpu,qps,drops,errors, one row per node per second.</source>
        <translation>Écrire t,node,kind,cpu,qps,drops,errors, une ligne par nœud et par seconde.</translation>
    </message>
    <message>
        <source>Print the totals and events as JSON instead of a summary.</source>
        <translation>Afficher les totaux et les événements en JSON au lieu d’un résumé.</translation>
    </message>
    <message>
        <source>--duration must be a whole number of seconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--duration doit être un nombre entier de secondes de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to %2, not &quot;%3&quot;</source>
        <translation>--%1 doit être un nombre de 0 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>--seed doit être un nombre entier de 0 à 18446744073709551615, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--fail must be NODE@T or NODE@T-T2 (seconds, T2 after T), not &quot;%1&quot;</source>
        <translation>--fail doit être NŒUD@T ou NŒUD@T-T2 (en secondes, T2 après T), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: --fail &quot;%2&quot;: no node &quot;%3&quot;</source>
        <translation>%1&#xa0;: --fail «&#xa0;%2&#xa0;»&#xa0;: aucun nœud «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Simulated %1 s of %2: %3 requests/s, %4 attack packets/s, seed %5</source>
        <translation>%1 s simulées de %2&#xa0;: %3 requêtes/s, %4 paquets d’attaque/s, graine %5</translation>
    </message>
    <message>
        <source>No request gets in: %1</source>
        <translation>Aucune requête n’entre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests: %1 sent, %2 served, %3 failed (static %4, read %5, write %6)</source>
        <translation>Requêtes&#xa0;: %1 envoyées, %2 servies, %3 en échec (statiques %4, lectures %5, écritures %6)</translation>
    </message>
    <message>
        <source>Latency: p50 %1 ms, p95 %2 ms, p99 %3 ms</source>
        <translation>Latence&#xa0;: p50 %1 ms, p95 %2 ms, p99 %3 ms</translation>
    </message>
    <message>
        <source>Attacks: %1 sent, %2 dropped by firewalls</source>
        <translation>Attaques&#xa0;: %1 envoyées, %2 rejetées par les pare-feu</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>cpu avg</source>
        <translation>cpu moy</translation>
    </message>
    <message>
        <source>cpu max</source>
        <translation>cpu max</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>rejets</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>attacks</source>
        <translation>attaques</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>usage: infralab %1</source>
        <translation>utilisation&#xa0;: infralab %1</translation>
    </message>
    <message>
        <source>check a design and print one summary line</source>
        <translation>vérifier un schéma et afficher une ligne de résumé</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, %3, %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;», %3, %4</translation>
    </message>
    <message>
        <source>print the steps of one request through a design</source>
        <translation>afficher les étapes d’une requête à travers un schéma</translation>
    </message>
    <message>
        <source>What the browser asks for: static, read (default) or write.</source>
        <translation>Ce que demande le navigateur&#xa0;: static (fichier statique), read (lecture, par défaut) ou write (écriture).</translation>
    </message>
    <message>
        <source>Print JSON instead of numbered lines.</source>
        <translation>Afficher du JSON au lieu de lignes numérotées.</translation>
    </message>
    <message>
        <source>--request must be %1, not &quot;%2&quot;</source>
        <translation>--request doit être %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Link %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
</context>
<context>
    <name>DesignSummary</name>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Infralab design</source>
        <translation>Schéma Infralab</translation>
    </message>
    <message>
        <source>%1%2. Drawn with Infralab; open this file in Infralab to edit the design.</source>
        <translation>%1%2. Dessiné avec Infralab&#xa0;; ouvrez ce fichier dans Infralab pour modifier le schéma.</translation>
    </message>
    <message>
        <source>there is no diagram to export</source>
        <translation>il n’y a aucun schéma à exporter</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>rien n’est sélectionné</translation>
    </message>
    <message>
        <source>the design is empty</source>
        <translation>le schéma est vide</translation>
    </message>
    <message>
        <source>the %1 could not be drawn</source>
        <translation>le rendu a échoué (%1)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels, too large; choose a smaller scale</source>
        <translation>l’image ferait %1 × %2 pixels, c’est trop grand&#xa0;; choisissez une échelle plus petite</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>mémoire insuffisante pour une image de %1 × %2</translation>
    </message>
    <message>
        <source>the PNG could not be compressed</source>
        <translation>le PNG n’a pas pu être compressé</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Unlink %1 from %2</source>
        <translation>Délier %1 de %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedDesignReader</name>
    <message>
        <source>a PDF does not reopen as a design: export to PNG or SVG for that</source>
        <translation>un PDF ne se rouvre pas comme schéma&#xa0;: exportez en PNG ou en SVG pour cela</translation>
    </message>
    <message>
        <source>no Infralab design inside: it was not exported by Infralab</source>
        <translation>aucun schéma Infralab à l’intérieur&#xa0;: ce fichier n’a pas été exporté par Infralab</translation>
    </message>
    <message>
        <source>the design inside cannot be read: %1</source>
        <translation>le schéma contenu est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1 of the design inside: %2</source>
        <translation>ligne %1 du schéma contenu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
</context>
<context>
    <name>ExposedPortRule</name>
    <message>
        <source>No firewall stands between the internet and %1</source>
        <translation>Aucun pare-feu ne sépare internet de %1</translation>
    </message>
    <message>
        <source>Traffic from the internet reaches these components without any filter, so every port they listen on, SSH and the database included, is open to the whole world. Put a firewall in front of the entry point that lets in only 80 and 443, and one in front of each inner tier that accepts only the tier before it.</source>
        <translation>Le trafic d’internet atteint ces composants sans aucun filtrage&#xa0;: chaque port sur lequel ils écoutent, SSH et la base de données compris, est ouvert au monde entier. Placez devant le point d’entrée un pare-feu qui ne laisse entrer que les ports 80 et 443, et devant chaque niveau interne un pare-feu qui n’accepte que le niveau précédent.</translation>
    </message>
    <message>
        <source>Every port that no rule names is open to the internet on %1: %2 let it through by policy</source>
        <translation>Tout port qu’aucune règle ne nomme est ouvert à internet sur %1&#xa0;: %2 le laisse passer par sa politique par défaut</translation>
    </message>
    <message>
        <source>A firewall whose policy is &quot;allow&quot; lets in whatever its rules do not mention, so any service listening behind it is public, whether anyone meant it to be or not. Set the policy to &quot;deny&quot; and allow only the ports each tier needs.</source>
        <translation>Un pare-feu dont la politique est «&#xa0;allow&#xa0;» laisse entrer tout ce que ses règles ne mentionnent pas&#xa0;: tout service qui écoute derrière lui est public, que ce soit voulu ou non. Réglez la politique sur «&#xa0;deny&#xa0;» et n’autorisez que les ports dont chaque niveau a besoin.</translation>
    </message>
    <message>
        <source>Port %1 is open to the internet on %2, let through by %3</source>
        <translation>Le port %1 est ouvert à internet sur %2, laissé passer par %3</translation>
    </message>
    <message>
        <source>A public site needs only HTTP (80) and HTTPS (443) from the internet. Any other open port, such as SSH (22) or MySQL (3306), invites scans, password guessing and exploits against a service that was never meant for strangers. Remove the rule that allows it from any source, or allow it only from the nodes that need it.</source>
        <translation>Un site public n’a besoin que de HTTP (80) et HTTPS (443) depuis internet. Tout autre port ouvert, comme SSH (22) ou MySQL (3306), attire les scans, les essais de mots de passe et les attaques contre un service qui n’a jamais été destiné au public. Supprimez la règle qui l’autorise depuis n’importe quelle source, ou ne l’autorisez que depuis les nœuds qui en ont besoin.</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (%2 characters; at most %3)</source>
        <translation>«&#xa0;%1&#xa0;» est trop long (%2 caractères&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>the port must be a whole number from 1 to 65535</source>
        <translation>le port doit être un nombre entier de 1 à 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;any&quot;, a node kind nor a node id</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni «&#xa0;any&#xa0;», ni un type de nœud, ni un identifiant de nœud</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a node id</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse IP ni un identifiant de nœud</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LinkSense</name>
    <message>
        <source>A browser never queries the database: the application server does, on its behalf.</source>
        <translation>Un navigateur n’interroge jamais la base de données&#xa0;: c’est le serveur d’applications qui le fait pour lui.</translation>
    </message>
    <message>
        <source>A browser speaks HTTP to a web server or a load balancer, not to the application server behind them.</source>
        <translation>Un navigateur parle HTTP à un serveur web ou à un répartiteur de charge, pas au serveur d’applications qui est derrière.</translation>
    </message>
    <message>
        <source>Monitoring agents watch servers; browsers never talk to them.</source>
        <translation>Les agents de supervision surveillent les serveurs&#xa0;; les navigateurs ne leur parlent jamais.</translation>
    </message>
    <message>
        <source>The monitoring service hears from agents on your servers, not from browsers.</source>
        <translation>Le service de supervision reçoit des nouvelles des agents de vos serveurs, pas des navigateurs.</translation>
    </message>
    <message>
        <source>Two browsers do not talk to each other: each one talks to the site.</source>
        <translation>Deux navigateurs ne se parlent pas&#xa0;: chacun parle au site.</translation>
    </message>
    <message>
        <source>DNS only answers the browser&apos;s question; the request then goes from the browser, not through DNS.</source>
        <translation>Le DNS ne fait que répondre à la question du navigateur&#xa0;; la requête part ensuite du navigateur, pas du DNS.</translation>
    </message>
    <message>
        <source>DNS turns names into addresses; it never forwards requests to an application server.</source>
        <translation>Le DNS traduit des noms en adresses&#xa0;; il ne transmet jamais de requêtes à un serveur d’applications.</translation>
    </message>
    <message>
        <source>DNS turns names into addresses; it never talks to the database.</source>
        <translation>Le DNS traduit des noms en adresses&#xa0;; il ne parle jamais à la base de données.</translation>
    </message>
    <message>
        <source>Monitoring agents report to the monitoring service, not to DNS.</source>
        <translation>Les agents de supervision rendent compte au service de supervision, pas au DNS.</translation>
    </message>
    <message>
        <source>The monitoring service hears from agents on your servers, not from DNS.</source>
        <translation>Le service de supervision reçoit des nouvelles des agents de vos serveurs, pas du DNS.</translation>
    </message>
    <message>
        <source>Components report through a monitoring agent on their server, not straight to the monitoring service.</source>
        <translation>Les composants rendent compte par un agent de supervision sur leur serveur, pas directement au service de supervision.</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Move %1 components</source>
        <translation>Déplacer %1 composants</translation>
    </message>
</context>
<context>
    <name>NoHttpsRule</name>
    <message>
        <source>%1 takes the browsers&apos; requests over plain HTTP: the site has no HTTPS</source>
        <translation>%1 reçoit les requêtes des navigateurs en HTTP en clair&#xa0;: le site n’a pas de HTTPS</translation>
    </message>
    <message>
        <source>Without HTTPS, passwords, cookies and every page travel in clear between the browser and the site, so anyone on the way (a public Wi-Fi, an internet provider) can read or change them, and browsers flag the site as not secure. Install a certificate where the browsers connect: TLS on the load balancer, or on the web server when there is none.</source>
        <translation>Sans HTTPS, les mots de passe, les cookies et chaque page circulent en clair entre le navigateur et le site&#xa0;: n’importe qui sur le trajet (un Wi-Fi public, un fournisseur d’accès) peut les lire ou les modifier, et les navigateurs signalent le site comme non sécurisé. Installez un certificat là où les navigateurs se connectent&#xa0;: TLS sur le répartiteur de charge, ou sur le serveur web s’il n’y en a pas.</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>The user&apos;s web browser, where every request starts</source>
        <translation>Le navigateur web de l’utilisateur, d’où part chaque requête</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Turns a domain name such as www.foobar.com into an IP address</source>
        <translation>Traduit un nom de domaine comme www.foobar.com en adresse IP</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Lets traffic through or drops it, following ordered rules on ports and sources</source>
        <translation>Laisse passer ou rejette le trafic selon des règles ordonnées sur les ports et les sources</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>Spreads requests over several servers and can end TLS (HAProxy, Nginx)</source>
        <translation>Répartit les requêtes sur plusieurs serveurs et peut assurer la terminaison TLS (HAProxy, Nginx)</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>Answers HTTP, serves static files and forwards dynamic requests (Nginx)</source>
        <translation>Répond en HTTP, sert les fichiers statiques et transmet les requêtes dynamiques (Nginx)</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Serveur d’applications</translation>
    </message>
    <message>
        <source>Runs the application code that builds dynamic pages (PHP-FPM, Gunicorn)</source>
        <translation>Exécute le code de l’application qui construit les pages dynamiques (PHP-FPM, Gunicorn)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Stores the site&apos;s data; a primary takes writes, replicas serve reads (MySQL)</source>
        <translation>Stocke les données du site&#xa0;; une primaire reçoit les écritures, les répliques servent les lectures (MySQL)</translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation>Agent de supervision</translation>
    </message>
    <message>
        <source>Collects metrics and logs on the server that hosts it</source>
        <translation>Collecte les métriques et les journaux du serveur qui l’héberge</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Service de supervision</translation>
    </message>
    <message>
        <source>Receives what the agents collect, draws dashboards, raises alerts (Sumologic)</source>
        <translation>Reçoit ce que collectent les agents, trace des tableaux de bord, déclenche des alertes (Sumologic)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>A machine: a frame around the components it runs</source>
        <translation>Une machine&#xa0;: un cadre autour des composants qu’elle fait tourner</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PlaintextHopRule</name>
    <message>
        <source>%1 ends HTTPS and passes the requests on unencrypted</source>
        <translation>%1 termine le HTTPS et transmet les requêtes sans chiffrement</translation>
    </message>
    <message>
        <source>%1 ends HTTPS and forwards plain HTTP to %2</source>
        <translation>%1 termine le HTTPS et transmet du HTTP en clair à %2</translation>
    </message>
    <message>
        <source>The browser&apos;s connection is encrypted only as far as the load balancer; from there, requests, cookies and passwords cross the internal network in clear, readable by anyone who gets a foothold inside. Set the load balancer to re-encrypt towards the servers (tls: reencrypt), or to pass TLS through so the web servers hold the certificate (tls: passthrough).</source>
        <translation>La connexion du navigateur n’est chiffrée que jusqu’au répartiteur de charge&#xa0;; au-delà, requêtes, cookies et mots de passe traversent le réseau interne en clair, lisibles par quiconque y prend pied. Réglez le répartiteur pour rechiffrer vers les serveurs (tls: reencrypt), ou pour laisser passer le TLS afin que les serveurs web détiennent le certificat (tls: passthrough).</translation>
    </message>
    <message>
        <source>The application servers query %1 without TLS</source>
        <translation>Les serveurs d’applications interrogent %1 sans TLS</translation>
    </message>
    <message>
        <source>The site speaks HTTPS to the browsers, but the queries and the rows that come back, user data included, cross the network to the database in clear. Turn on TLS for the database connections (tls: true on the database) so the last hop is as private as the first.</source>
        <translation>Le site parle HTTPS aux navigateurs, mais les requêtes SQL et les lignes renvoyées, données des utilisateurs comprises, traversent le réseau jusqu’à la base de données en clair. Activez TLS pour les connexions à la base (tls: true sur la base de données) afin que le dernier saut soit aussi confidentiel que le premier.</translation>
    </message>
</context>
<context>
    <name>PngTextReader</name>
    <message>
        <source>cannot start decompressing</source>
        <translation>impossible de commencer la décompression</translation>
    </message>
    <message>
        <source>the compressed text is cut short</source>
        <translation>le texte compressé est tronqué</translation>
    </message>
    <message>
        <source>the compressed text is corrupt</source>
        <translation>le texte compressé est corrompu</translation>
    </message>
    <message>
        <source>the compressed text is too large (more than %1 MB)</source>
        <translation>le texte compressé est trop gros (plus de %1 Mo)</translation>
    </message>
    <message>
        <source>unknown compression method in a zTXt chunk</source>
        <translation>méthode de compression inconnue dans un bloc zTXt</translation>
    </message>
    <message>
        <source>an iTXt chunk is cut short</source>
        <translation>un bloc iTXt est tronqué</translation>
    </message>
    <message>
        <source>unknown compression method in an iTXt chunk</source>
        <translation>méthode de compression inconnue dans un bloc iTXt</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>ce n’est pas un fichier PNG</translation>
    </message>
    <message>
        <source>the PNG file is cut short</source>
        <translation>le fichier PNG est tronqué</translation>
    </message>
    <message>
        <source>the design&apos;s text chunk fails its checksum</source>
        <translation>le bloc de texte du schéma a une somme de contrôle incorrecte</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>no such preset (try one of: %1)</source>
        <translation>schéma intégré inconnu (essayez l’un de&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Distributed web infrastructure</source>
        <translation>Infrastructure web distribuée</translation>
    </message>
    <message>
        <source>Secured and monitored web infrastructure</source>
        <translation>Infrastructure web sécurisée et supervisée</translation>
    </message>
    <message>
        <source>Single server web infrastructure</source>
        <translation>Infrastructure web sur un seul serveur</translation>
    </message>
    <message>
        <source>Secured, encrypted and monitored three-server infrastructure</source>
        <translation>Infrastructure à trois serveurs sécurisée, chiffrée et supervisée</translation>
    </message>
    <message>
        <source>Seed 004&apos;s second step: HAProxy spreads requests over three identical servers, each with Nginx, an application server and MySQL (one primary, two replicas). No firewall, no HTTPS, no monitoring yet.</source>
        <translation>Deuxième étape du document 004&#xa0;: HAProxy répartit les requêtes sur trois serveurs identiques, chacun avec Nginx, un serveur d’applications et MySQL (une primaire, deux répliques). Pas encore de pare-feu, de HTTPS ni de supervision.</translation>
    </message>
    <message>
        <source>The default design: three firewalls, HAProxy ending HTTPS, three servers each running Nginx, an application server and MySQL (one primary, two replicas), and monitoring clients reporting to Sumologic.</source>
        <translation>Le schéma par défaut&#xa0;: trois pare-feu, HAProxy qui termine le HTTPS, trois serveurs faisant chacun tourner Nginx, un serveur d’applications et MySQL (une primaire, deux répliques), et des clients de supervision qui rendent compte à Sumologic.</translation>
    </message>
    <message>
        <source>Seed 004&apos;s first step: one LAMP server runs the web server, the application with its code base and MySQL.</source>
        <translation>Première étape du document 004&#xa0;: un seul serveur LAMP fait tourner le serveur web, l’application avec son code et MySQL.</translation>
    </message>
    <message>
        <source>Seed 003&apos;s variant: Nginx as the load balancer in front of three servers that each run Nginx, an application server and MySQL, with firewalls and monitoring.</source>
        <translation>La variante du document 003&#xa0;: Nginx comme répartiteur de charge devant trois serveurs faisant chacun tourner Nginx, un serveur d’applications et MySQL, avec pare-feu et supervision.</translation>
    </message>
    <message>
        <source>Apache</source>
        <translation>Apache</translation>
    </message>
    <message>
        <source>App server</source>
        <translation>Serveur d’applis</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Firewall 1</source>
        <translation>Pare-feu 1</translation>
    </message>
    <message>
        <source>Firewall 2</source>
        <translation>Pare-feu 2</translation>
    </message>
    <message>
        <source>Firewall 3</source>
        <translation>Pare-feu 3</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>Monitoring client</source>
        <translation>Client de supervision</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>MySQL primary</source>
        <translation>MySQL primaire</translation>
    </message>
    <message>
        <source>MySQL replica</source>
        <translation>MySQL réplique</translation>
    </message>
    <message>
        <source>Nginx</source>
        <translation>Nginx</translation>
    </message>
    <message>
        <source>Nginx LB</source>
        <translation>Nginx (répartiteur)</translation>
    </message>
    <message>
        <source>PHP + code base</source>
        <translation>PHP + code</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server 1</source>
        <translation>Serveur 1</translation>
    </message>
    <message>
        <source>Server 2</source>
        <translation>Serveur 2</translation>
    </message>
    <message>
        <source>Server 3</source>
        <translation>Serveur 3</translation>
    </message>
    <message>
        <source>Sumologic</source>
        <translation>Sumologic</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide des options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, options propres à Qt comprises.</translation>
    </message>
</context>
<context>
    <name>RequestGraph</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>ResizeFrameCommand</name>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Single point of failure</source>
        <translation>Point de défaillance unique</translation>
    </message>
    <message>
        <source>Only one database takes writes</source>
        <translation>Une seule base de données reçoit les écritures</translation>
    </message>
    <message>
        <source>Unencrypted hop after TLS</source>
        <translation>Saut en clair après le TLS</translation>
    </message>
    <message>
        <source>No HTTPS</source>
        <translation>Pas de HTTPS</translation>
    </message>
    <message>
        <source>Web, application and database on one server</source>
        <translation>Web, application et base de données sur un seul serveur</translation>
    </message>
    <message>
        <source>Exposed to the internet</source>
        <translation>Exposé à internet</translation>
    </message>
    <message>
        <source>Server without monitoring</source>
        <translation>Serveur sans supervision</translation>
    </message>
</context>
<context>
    <name>SetHostCommand</name>
    <message>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message>
        <source>Move %1 out of its server</source>
        <translation>Sortir %1 de son serveur</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Logiciel&#xa0;:</translation>
    </message>
    <message>
        <source>software</source>
        <translation>le logiciel</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>l’algorithme</translation>
    </message>
    <message>
        <source>&amp;HTTPS:</source>
        <translation>&amp;HTTPS&#xa0;:</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>le mode TLS</translation>
    </message>
    <message>
        <source>HTTPS:</source>
        <translation>HTTPS&#xa0;:</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>le HTTPS</translation>
    </message>
    <message>
        <source>Holds the certificate (HTTPS ends here)</source>
        <translation>Détient le certificat (le HTTPS se termine ici)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>&amp;Failover:</source>
        <translation>&amp;Basculement&#xa0;:</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>le basculement</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Connexions&#xa0;:</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>le chiffrement</translation>
    </message>
    <message>
        <source>Encrypted (TLS) from the application</source>
        <translation>Chiffrées (TLS) depuis l’application</translation>
    </message>
    <message>
        <source>&amp;When no rule matches:</source>
        <translation>&amp;Si aucune règle ne correspond&#xa0;:</translation>
    </message>
    <message>
        <source>default policy</source>
        <translation>la politique par défaut</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message numerus="yes">
        <source>%1 takes %2 out of service after %n failed health check(s)</source>
        <translation>
            <numerusform>%1 retire %2 du service après %n contrôle de santé échoué</numerusform>
            <numerusform>%1 retire %2 du service après %n contrôles de santé échoués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 puts %2 back in service</source>
        <translation>%1 remet %2 en service</translation>
    </message>
    <message>
        <source>The application stops using %1: it does not answer</source>
        <translation>L’application cesse d’utiliser %1&#xa0;: elle ne répond pas</translation>
    </message>
    <message>
        <source>%1 answers again and serves as a replica</source>
        <translation>%1 répond de nouveau et sert de réplique</translation>
    </message>
    <message>
        <source>%1 answers again as the primary: writes go to it</source>
        <translation>%1 répond de nouveau en tant que primaire&#xa0;: les écritures vont vers elle</translation>
    </message>
    <message>
        <source>%1 is promoted to primary: writes resume</source>
        <translation>%1 devient primaire&#xa0;: les écritures reprennent</translation>
    </message>
    <message>
        <source>%1 alerts: %2 serves %3 queries per second, over its threshold of %4</source>
        <translation>%1 alerte&#xa0;: %2 sert %3 requêtes par seconde, au-dessus de son seuil de %4</translation>
    </message>
    <message>
        <source>%1 clears its alert: %2 is back to %3 queries per second</source>
        <translation>%1 lève son alerte&#xa0;: %2 est revenu à %3 requêtes par seconde</translation>
    </message>
    <message>
        <source>%1 stops, and everything it runs with it</source>
        <translation>%1 s’arrête, avec tout ce qu’il fait tourner</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 s’arrête</translation>
    </message>
    <message>
        <source>%1 is running again</source>
        <translation>%1 fonctionne de nouveau</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Nœud en panne</translation>
    </message>
    <message>
        <source>Node recovered</source>
        <translation>Nœud rétabli</translation>
    </message>
    <message>
        <source>Backend marked down</source>
        <translation>Serveur du backend marqué hors service</translation>
    </message>
    <message>
        <source>Backend back in service</source>
        <translation>Serveur du backend remis en service</translation>
    </message>
    <message>
        <source>Database unreachable</source>
        <translation>Base de données injoignable</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>Base de données de nouveau joignable</translation>
    </message>
    <message>
        <source>Replica promoted to primary</source>
        <translation>Réplique promue primaire</translation>
    </message>
    <message>
        <source>QPS alert</source>
        <translation>Alerte de requêtes/s</translation>
    </message>
    <message>
        <source>QPS alert cleared</source>
        <translation>Alerte de requêtes/s levée</translation>
    </message>
</context>
<context>
    <name>SimulationChartsDock</name>
    <message>
        <source>its agent is linked to no monitoring service</source>
        <translation>son agent n’est relié à aucun service de supervision</translation>
    </message>
    <message>
        <source>no monitoring agent</source>
        <translation>aucun agent de supervision</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>SimulationSpeed</name>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>One simulated second per second</source>
        <translation>Une seconde simulée par seconde</translation>
    </message>
    <message>
        <source>Ten simulated seconds per second</source>
        <translation>Dix secondes simulées par seconde</translation>
    </message>
    <message>
        <source>One simulated minute per second</source>
        <translation>Une minute simulée par seconde</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×60</source>
        <translation>×60</translation>
    </message>
</context>
<context>
    <name>SingleWriterRule</name>
    <message>
        <source>%1 is the only database that accepts writes, and no replica takes over when it fails</source>
        <translation>%1 est la seule base de données qui accepte les écritures, et aucune réplique ne prend le relais quand elle tombe</translation>
    </message>
    <message>
        <source>Replicas can answer reads, but every sign-up, order or post has to be written to this one primary. If it fails, writes stop until someone promotes a replica by hand. Let a replica take over automatically (failover: automatic) or run a second primary.</source>
        <translation>Les répliques peuvent répondre aux lectures, mais chaque inscription, commande ou message doit être écrit sur cette unique primaire. Si elle tombe, les écritures s’arrêtent jusqu’à ce que quelqu’un promeuve une réplique à la main. Laissez une réplique prendre le relais automatiquement (failover: automatic) ou ajoutez une deuxième primaire.</translation>
    </message>
</context>
<context>
    <name>SpofRule</name>
    <message>
        <source>%1 is a single point of failure: no other server can take over when it stops</source>
        <translation>%1 est un point de défaillance unique&#xa0;: aucun autre serveur ne peut prendre le relais quand il s’arrête</translation>
    </message>
    <message>
        <source>%1 is a single point of failure: it runs %2, and no other server takes over when it stops</source>
        <translation>%1 est un point de défaillance unique&#xa0;: il fait tourner %2, et aucun autre serveur ne prend le relais quand il s’arrête</translation>
    </message>
    <message>
        <source>%1 is a single point of failure: every way from the browsers to the data goes through it</source>
        <translation>%1 est un point de défaillance unique&#xa0;: tous les chemins des navigateurs vers les données passent par lui</translation>
    </message>
    <message>
        <source>Every request enters through this one load balancer, so when it crashes or is restarted the whole site is down even though the servers behind it are fine. Add a second load balancer with the same links and let the pair share the public address (active-passive with a floating IP, or both listed in DNS).</source>
        <translation>Chaque requête entre par ce seul répartiteur de charge&#xa0;: s’il plante ou redémarre, tout le site est hors service alors que les serveurs derrière lui vont bien. Ajoutez un deuxième répartiteur avec les mêmes liens et faites-les partager l’adresse publique (actif-passif avec une IP flottante, ou les deux déclarés dans le DNS).</translation>
    </message>
    <message>
        <source>All traffic crosses this one firewall, so a crash, an overload or a bad rule change cuts every user off. Run it as a redundant pair, or give each path its own firewall so that one failure still leaves a way through.</source>
        <translation>Tout le trafic traverse ce seul pare-feu&#xa0;: une panne, une surcharge ou une mauvaise modification de règle coupe tous les utilisateurs. Doublez-le par une paire redondante, ou donnez à chaque chemin son propre pare-feu pour qu’une panne laisse encore un passage.</translation>
    </message>
    <message>
        <source>A machine fails as a whole: a dead disk, a kernel panic or a reboot to install updates takes down everything it runs at once. Run the site on several servers behind a load balancer so another machine carries the traffic while this one is away.</source>
        <translation>Une machine tombe en bloc&#xa0;: un disque mort, un kernel panic ou un redémarrage pour des mises à jour arrête d’un coup tout ce qu’elle fait tourner. Faites tourner le site sur plusieurs serveurs derrière un répartiteur de charge pour qu’une autre machine porte le trafic pendant l’absence de celle-ci.</translation>
    </message>
    <message>
        <source>The data is only reachable through this database, so when it stops every page that needs data fails. Keep a replica on another server that can take over.</source>
        <translation>Les données ne sont joignables que par cette base de données&#xa0;: quand elle s’arrête, chaque page qui a besoin de données échoue. Gardez sur un autre serveur une réplique capable de prendre le relais.</translation>
    </message>
    <message>
        <source>Requests cannot reach the data without this component, so its failure stops the site. Run a second one on another machine and let the tier in front spread the traffic over both.</source>
        <translation>Les requêtes ne peuvent pas atteindre les données sans ce composant&#xa0;: sa panne arrête le site. Faites-en tourner un deuxième sur une autre machine et laissez le niveau placé devant répartir le trafic entre les deux.</translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a component and the server it runs on</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>%1 · port %2</source>
        <translation>%1 · port %2</translation>
    </message>
</context>
<context>
    <name>SvgMetadataReader</name>
    <message>
        <source>not valid XML: line %1: %2</source>
        <translation>XML invalide&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TopologyReader</name>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3; expected %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est %3&#xa0;; attendu&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être l’un de %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3 from %4 to %5</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être %3 de %4 à %5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1: rule %2 is %3; expected an object</source>
        <translation>%1&#xa0;: la règle %2 est %3&#xa0;; un objet est attendu</translation>
    </message>
    <message>
        <source>%1: rule %2: %3</source>
        <translation>%1&#xa0;: règle %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: DNS record %2 needs a &quot;name&quot; and a &quot;target&quot; (strings)</source>
        <translation>%1&#xa0;: l’enregistrement DNS %2 a besoin d’un «&#xa0;name&#xa0;» et d’un «&#xa0;target&#xa0;» (des chaînes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: DNS record &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: enregistrement DNS «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3; expected a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est %3&#xa0;; un nombre est attendu</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (-%3 to %3)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est hors limites (de -%3 à %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3; expected a string</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est %3&#xa0;; une chaîne est attendue</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long (%3 characters; at most %4)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est trop long (%3 caractères&#xa0;; %4 au plus)</translation>
    </message>
    <message>
        <source>node %1 is %2; expected an object</source>
        <translation>le nœud %1 est %2&#xa0;; un objet est attendu</translation>
    </message>
    <message>
        <source>node %1 has no &quot;id&quot; (a non-empty string)</source>
        <translation>le nœud %1 n’a pas d’«&#xa0;id&#xa0;» (une chaîne non vide)</translation>
    </message>
    <message>
        <source>node %1: &quot;id&quot; is too long (%2 characters; at most %3)</source>
        <translation>nœud %1&#xa0;: «&#xa0;id&#xa0;» est trop long (%2 caractères&#xa0;; %3 au plus)</translation>
    </message>
    <message>
        <source>%1: the id contains a control character</source>
        <translation>%1&#xa0;: l’identifiant contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 has no &quot;kind&quot; (a string)</source>
        <translation>%1 n’a pas de «&#xa0;kind&#xa0;» (une chaîne)</translation>
    </message>
    <message>
        <source>%1 has unknown kind &quot;%2&quot;</source>
        <translation>%1 a un type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has a negative size</source>
        <translation>%1 a une taille négative</translation>
    </message>
    <message>
        <source>%1: &quot;props&quot; is %2; expected an object</source>
        <translation>%1&#xa0;: «&#xa0;props&#xa0;» est %2&#xa0;; un objet est attendu</translation>
    </message>
    <message>
        <source>link %1 is %2; expected an object</source>
        <translation>le lien %1 est %2&#xa0;; un objet est attendu</translation>
    </message>
    <message>
        <source>link %1 has no &quot;%2&quot; (a node id)</source>
        <translation>le lien %1 n’a pas de «&#xa0;%2&#xa0;» (un identifiant de nœud)</translation>
    </message>
    <message>
        <source>link to unknown node &quot;%1&quot;</source>
        <translation>lien vers un nœud inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>link from node &quot;%1&quot; to itself</source>
        <translation>lien du nœud «&#xa0;%1&#xa0;» vers lui-même</translation>
    </message>
    <message>
        <source>duplicate link between &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>lien en double entre «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; names itself as its host</source>
        <translation>le nœud «&#xa0;%1&#xa0;» se désigne comme son propre hôte</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is hosted by unknown node &quot;%2&quot;</source>
        <translation>le nœud «&#xa0;%1&#xa0;» est hébergé par un nœud inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is hosted by &quot;%2&quot;, which is a %3, not a server</source>
        <translation>le nœud «&#xa0;%1&#xa0;» est hébergé par «&#xa0;%2&#xa0;», de type %3 et non un serveur</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; cannot be hosted by another server</source>
        <translation>le serveur «&#xa0;%1&#xa0;» ne peut pas être hébergé par un autre serveur</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is not an Infralab topology (expected &quot;infralab-topology&quot;)</source>
        <translation>le format «&#xa0;%1&#xa0;» n’est pas une topologie Infralab («&#xa0;infralab-topology&#xa0;» attendu)</translation>
    </message>
    <message>
        <source>not an Infralab topology (no &quot;format&quot;: &quot;infralab-topology&quot;)</source>
        <translation>ce n’est pas une topologie Infralab (pas de &quot;format&quot;: &quot;infralab-topology&quot;)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 (this Infralab reads version %1)</source>
        <translation>«&#xa0;version&#xa0;» doit être un nombre entier à partir de 1 (cet Infralab lit la version %1)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Infralab; this one reads version %2</source>
        <translation>la version %1 a été écrite par un Infralab plus récent&#xa0;; celui-ci lit la version %2</translation>
    </message>
    <message>
        <source>the topology</source>
        <translation>la topologie</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be an array</source>
        <translation>«&#xa0;nodes&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>identifiant de nœud en double «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;links&quot; must be an array</source>
        <translation>«&#xa0;links&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>is a folder, not a topology file</source>
        <translation>est un dossier, pas un fichier de topologie</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is too large (%1 MB; at most %2 MB)</source>
        <translation>est trop gros (%1 Mo&#xa0;; %2 Mo au plus)</translation>
    </message>
    <message>
        <source>is too large (at most %1 MB)</source>
        <translation>est trop gros (%1 Mo au plus)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not a single value</source>
        <translation>le niveau supérieur doit être un objet JSON, pas une valeur isolée</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not an array</source>
        <translation>le niveau supérieur doit être un objet JSON, pas un tableau</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>TopologyWriter</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UnmonitoredRule</name>
    <message>
        <source>%1 has no monitoring agent</source>
        <translation>%1 n’a pas d’agent de supervision</translation>
    </message>
    <message>
        <source>%1 have no monitoring agent</source>
        <translation>%1 n’ont pas d’agent de supervision</translation>
    </message>
    <message>
        <source>Nobody watches these machines&apos; processor, memory, errors or request rate, so a problem is noticed by the users before the team. Put a monitoring agent on every server and link it to a monitoring service that keeps the data and raises alerts.</source>
        <translation>Personne ne surveille le processeur, la mémoire, les erreurs ni le débit de requêtes de ces machines&#xa0;: un problème est remarqué par les utilisateurs avant l’équipe. Placez un agent de supervision sur chaque serveur et reliez-le à un service de supervision qui conserve les données et déclenche les alertes.</translation>
    </message>
    <message>
        <source>The monitoring agent on %1 reports to no monitoring service</source>
        <translation>L’agent de supervision de %1 ne rend compte à aucun service de supervision</translation>
    </message>
    <message>
        <source>The monitoring agents on %1 report to no monitoring service</source>
        <translation>Les agents de supervision de %1 ne rendent compte à aucun service de supervision</translation>
    </message>
    <message>
        <source>An agent collects metrics and logs, but with no monitoring service to receive them nobody sees them and no alert ever fires. Link each agent to a monitoring service.</source>
        <translation>Un agent collecte des métriques et des journaux, mais sans service de supervision pour les recevoir, personne ne les voit et aucune alerte ne se déclenche jamais. Reliez chaque agent à un service de supervision.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesPrompt</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>&amp;Don’t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>n’importe où</translation>
    </message>
    <message>
        <source>any %1</source>
        <translation>tout composant de type %1</translation>
    </message>
    <message>
        <source>no rule matches port %1, and its default policy lets it through</source>
        <translation>aucune règle ne concerne le port %1, et sa politique par défaut le laisse passer</translation>
    </message>
    <message>
        <source>rule %1 allows port %2 from %3</source>
        <translation>la règle %1 autorise le port %2 depuis %3</translation>
    </message>
    <message>
        <source>round-robin (each request goes to the next server in turn)</source>
        <translation>round robin (chaque requête va au serveur suivant, à tour de rôle)</translation>
    </message>
    <message>
        <source>least connections (the server with the fewest open connections; all are idle, so the first)</source>
        <translation>moins de connexions (le serveur qui a le moins de connexions ouvertes&#xa0;; tous sont inactifs, donc le premier)</translation>
    </message>
    <message>
        <source>source hashing (the same browser always reaches the same server)</source>
        <translation>hachage de la source (le même navigateur atteint toujours le même serveur)</translation>
    </message>
    <message>
        <source>The design has no browser: add a client to send a request.</source>
        <translation>Le schéma n’a pas de navigateur&#xa0;: ajoutez un client pour envoyer une requête.</translation>
    </message>
    <message>
        <source>The design has no domain name: there is nothing for the user to type.</source>
        <translation>Le schéma n’a pas de nom de domaine&#xa0;: l’utilisateur n’a rien à saisir.</translation>
    </message>
    <message>
        <source>The user types %1 into the address bar of %2.</source>
        <translation>L’utilisateur saisit %1 dans la barre d’adresse de %2.</translation>
    </message>
    <message>
        <source>%1 cannot find the address of %2: the design has no DNS server.</source>
        <translation>%1 ne trouve pas l’adresse de %2&#xa0;: le schéma n’a pas de serveur DNS.</translation>
    </message>
    <message>
        <source>%1 does not know the address of %2, so it asks %3 to resolve the name.</source>
        <translation>%1 ne connaît pas l’adresse de %2&#xa0;: il demande à %3 de résoudre le nom.</translation>
    </message>
    <message>
        <source>%1 has no record for %2: the browser cannot find the site.</source>
        <translation>%1 n’a aucun enregistrement pour %2&#xa0;: le navigateur ne trouve pas le site.</translation>
    </message>
    <message>
        <source>%1 points %2 to %3, but no node in the design has that address.</source>
        <translation>%1 fait pointer %2 vers %3, mais aucun nœud du schéma n’a cette adresse.</translation>
    </message>
    <message>
        <source>%1 answers with its %2 record: %3 points to %4.</source>
        <translation>%1 répond avec son enregistrement %2&#xa0;: %3 pointe vers %4.</translation>
    </message>
    <message>
        <source>%1 answers with its %2 record: %3 is %4, the address of %5.</source>
        <translation>%1 répond avec son enregistrement %2&#xa0;: %3 a pour adresse %4, celle de %5.</translation>
    </message>
    <message>
        <source>%1 points %2 to %3, which runs no load balancer or web server to answer the browser.</source>
        <translation>%1 fait pointer %2 vers %3, qui ne fait tourner ni répartiteur de charge ni serveur web pour répondre au navigateur.</translation>
    </message>
    <message>
        <source>%1 points %2 to %3, a %4: only a load balancer or a web server can answer a browser.</source>
        <translation>%1 fait pointer %2 vers %3, de type %4&#xa0;: seul un répartiteur de charge ou un serveur web peut répondre à un navigateur.</translation>
    </message>
    <message>
        <source>%1 sends an HTTPS request to %2 on port %3; TLS encrypts it before it leaves the computer.</source>
        <translation>%1 envoie une requête HTTPS à %2 sur le port %3&#xa0;; TLS la chiffre avant qu’elle ne quitte l’ordinateur.</translation>
    </message>
    <message>
        <source>%1 sends a plain HTTP request to %2 on port %3: anyone on the way could read it.</source>
        <translation>%1 envoie une requête HTTP en clair à %2 sur le port %3&#xa0;: n’importe qui sur le trajet pourrait la lire.</translation>
    </message>
    <message>
        <source>The request cannot reach %1: no link leads there from %2.</source>
        <translation>La requête ne peut pas atteindre %1&#xa0;: aucun lien n’y mène depuis %2.</translation>
    </message>
    <message>
        <source>The request reaches %1, which filters incoming traffic: %2, so it goes on towards %3.</source>
        <translation>La requête atteint %1, qui filtre le trafic entrant&#xa0;: %2, elle continue donc vers %3.</translation>
    </message>
    <message>
        <source>On its way to %1, the request passes through %2: %3.</source>
        <translation>En route vers %1, la requête traverse %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>On the way it passes through %1: %2.</source>
        <translation>En chemin, elle traverse %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 drops the query: rule %2 denies port %3 from %4.</source>
        <translation>%1 rejette la requête SQL&#xa0;: la règle %2 refuse le port %3 depuis %4.</translation>
    </message>
    <message>
        <source>%1 drops the request: rule %2 denies port %3 from %4.</source>
        <translation>%1 rejette la requête&#xa0;: la règle %2 refuse le port %3 depuis %4.</translation>
    </message>
    <message>
        <source>%1 drops the query: no rule allows port %2 from %3.</source>
        <translation>%1 rejette la requête SQL&#xa0;: aucune règle n’autorise le port %2 depuis %3.</translation>
    </message>
    <message>
        <source>%1 drops the request: no rule allows port %2 from %3.</source>
        <translation>%1 rejette la requête&#xa0;: aucune règle n’autorise le port %2 depuis %3.</translation>
    </message>
    <message>
        <source>%1 receives the HTTPS request, decrypts it with the TLS certificate for %2 and sends it on, as plain HTTP, to %3, chosen by %4.</source>
        <translation>%1 reçoit la requête HTTPS, la déchiffre avec le certificat TLS de %2 et la transmet, en HTTP en clair, à %3, choisi par %4.</translation>
    </message>
    <message>
        <source>%1 receives the HTTPS request, decrypts it with the TLS certificate for %2, picks %3 by %4 and encrypts the request again for that server.</source>
        <translation>%1 reçoit la requête HTTPS, la déchiffre avec le certificat TLS de %2, choisit %3 par %4 et chiffre de nouveau la requête pour ce serveur.</translation>
    </message>
    <message>
        <source>%1 cannot read the encrypted request: it passes the connection through untouched to %2, chosen by %3; the web server holds the certificate for %4.</source>
        <translation>%1 ne peut pas lire la requête chiffrée&#xa0;: il transmet la connexion telle quelle à %2, choisi par %3&#xa0;; c’est le serveur web qui détient le certificat de %4.</translation>
    </message>
    <message>
        <source>%1 receives the plain HTTP request and sends it to %2, chosen by %3.</source>
        <translation>%1 reçoit la requête HTTP en clair et l’envoie à %2, choisi par %3.</translation>
    </message>
    <message>
        <source>%1 receives the request but has no server to send it to: no link leads from it to a web server.</source>
        <translation>%1 reçoit la requête mais n’a aucun serveur à qui l’envoyer&#xa0;: aucun lien ne le relie à un serveur web.</translation>
    </message>
    <message>
        <source>%1 starts collecting data on this request: response time, status, resources used.</source>
        <translation>%1 commence à collecter des données sur cette requête&#xa0;: temps de réponse, code de statut, ressources utilisées.</translation>
    </message>
    <message>
        <source>The request reaches %1, port %2.</source>
        <translation>La requête atteint %1, port %2.</translation>
    </message>
    <message>
        <source>%1 decrypts it with its own copy of the certificate.</source>
        <translation>%1 la déchiffre avec sa propre copie du certificat.</translation>
    </message>
    <message>
        <source>It asks for a static file, so %1 answers it alone: no application server, no database.</source>
        <translation>Elle demande un fichier statique&#xa0;: %1 y répond donc seul, sans serveur d’applications ni base de données.</translation>
    </message>
    <message>
        <source>%1 passes the request to %2 on the same server.</source>
        <translation>%1 passe la requête à %2 sur le même serveur.</translation>
    </message>
    <message>
        <source>%1 passes the request to %2.</source>
        <translation>%1 passe la requête à %2.</translation>
    </message>
    <message>
        <source>%1, acting as a reverse proxy, forwards the request to %2 on the same server.</source>
        <translation>%1, en tant que proxy inverse, transmet la requête à %2 sur le même serveur.</translation>
    </message>
    <message>
        <source>%1, acting as a reverse proxy, forwards the request to %2.</source>
        <translation>%1, en tant que proxy inverse, transmet la requête à %2.</translation>
    </message>
    <message>
        <source>%1 has no application server to forward the request to: no link leads from it to one.</source>
        <translation>%1 n’a aucun serveur d’applications à qui transmettre la requête&#xa0;: aucun lien ne l’y relie.</translation>
    </message>
    <message>
        <source>%1 runs the application code (PHP, Python...) for this request.</source>
        <translation>%1 exécute le code de l’application (PHP, Python…) pour cette requête.</translation>
    </message>
    <message>
        <source>%1 sends the write to %2 on port %3: writes always go to the primary.</source>
        <translation>%1 envoie l’écriture à %2, port %3&#xa0;: les écritures vont toujours à la primaire.</translation>
    </message>
    <message>
        <source>%1 sends a read query to %2 on port %3: replicas serve reads.</source>
        <translation>%1 envoie une requête de lecture à %2, port %3&#xa0;: les répliques servent les lectures.</translation>
    </message>
    <message>
        <source>%1 sends a read query to %2 on port %3.</source>
        <translation>%1 envoie une requête de lecture à %2, port %3.</translation>
    </message>
    <message>
        <source>The connection to the database is encrypted with TLS.</source>
        <translation>La connexion à la base de données est chiffrée par TLS.</translation>
    </message>
    <message>
        <source>%1 cannot save the data: no primary database is within reach, and replicas only serve reads.</source>
        <translation>%1 ne peut pas enregistrer les données&#xa0;: aucune base de données primaire n’est joignable, et les répliques ne servent que les lectures.</translation>
    </message>
    <message>
        <source>%1 cannot reach any database: no link leads from it to one.</source>
        <translation>%1 ne peut joindre aucune base de données&#xa0;: aucun lien ne l’y relie.</translation>
    </message>
    <message>
        <source>%1 stores the data and confirms it to %2.</source>
        <translation>%1 enregistre les données et le confirme à %2.</translation>
    </message>
    <message>
        <source>%1 processes the query and returns the results to %2.</source>
        <translation>%1 traite la requête et renvoie les résultats à %2.</translation>
    </message>
    <message>
        <source>%1 generates the final HTML response.</source>
        <translation>%1 génère la réponse HTML finale.</translation>
    </message>
    <message>
        <source>%1 encrypts the file and sends it back to %2.</source>
        <translation>%1 chiffre le fichier et le renvoie à %2.</translation>
    </message>
    <message>
        <source>%1 sends the file back to %2.</source>
        <translation>%1 renvoie le fichier à %2.</translation>
    </message>
    <message>
        <source>%1 hands the response back to %2, which encrypts it and forwards it to %3.</source>
        <translation>%1 rend la réponse à %2, qui la chiffre et la transmet à %3.</translation>
    </message>
    <message>
        <source>%1 hands the response back to %2, which forwards it to %3.</source>
        <translation>%1 rend la réponse à %2, qui la transmet à %3.</translation>
    </message>
    <message>
        <source>%1 hands the response back to %2, which encrypts it and sends it to %3.</source>
        <translation>%1 rend la réponse à %2, qui la chiffre et l’envoie à %3.</translation>
    </message>
    <message>
        <source>%1 hands the response back to %2, which sends it to %3.</source>
        <translation>%1 rend la réponse à %2, qui l’envoie à %3.</translation>
    </message>
    <message>
        <source>%1 encrypts the response with the TLS certificate for %2 and sends it back to %3.</source>
        <translation>%1 chiffre la réponse avec le certificat TLS de %2 et la renvoie à %3.</translation>
    </message>
    <message>
        <source>%1 decrypts the server&apos;s response, encrypts it again with the TLS certificate for %2 and sends it back to %3.</source>
        <translation>%1 déchiffre la réponse du serveur, la chiffre de nouveau avec le certificat TLS de %2 et la renvoie à %3.</translation>
    </message>
    <message>
        <source>%1 passes the encrypted response back to %2 untouched.</source>
        <translation>%1 renvoie la réponse chiffrée telle quelle à %2.</translation>
    </message>
    <message>
        <source>%1 sends the response back to %2 as plain HTTP.</source>
        <translation>%1 renvoie la réponse à %2 en HTTP en clair.</translation>
    </message>
    <message>
        <source>%1 decrypts the response and displays the page of %2.</source>
        <translation>%1 déchiffre la réponse et affiche la page de %2.</translation>
    </message>
    <message>
        <source>%1 displays the page of %2.</source>
        <translation>%1 affiche la page de %2.</translation>
    </message>
    <message>
        <source>Throughout, %1 collected performance, security and resource data; it sends it to %2 for analysis.</source>
        <translation>Tout au long du trajet, %1 a collecté des données de performance, de sécurité et de ressources&#xa0;; il les envoie à %2 pour analyse.</translation>
    </message>
    <message>
        <source>Throughout, the monitoring clients on %1 collected performance, security and resource data; they send it to %2 for analysis.</source>
        <translation>Tout au long du trajet, les clients de supervision de %1 ont collecté des données de performance, de sécurité et de ressources&#xa0;; ils les envoient à %2 pour analyse.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Static file</source>
        <translation>Fichier statique</translation>
    </message>
    <message>
        <source>An image or a style sheet: the web server answers it alone</source>
        <translation>Une image ou une feuille de style&#xa0;: le serveur web y répond seul</translation>
    </message>
    <message>
        <source>Dynamic page (read)</source>
        <translation>Page dynamique (lecture)</translation>
    </message>
    <message>
        <source>A page built by the application from the database; a replica may answer</source>
        <translation>Une page construite par l’application à partir de la base de données&#xa0;; une réplique peut répondre</translation>
    </message>
    <message>
        <source>Form sent (write)</source>
        <translation>Formulaire envoyé (écriture)</translation>
    </message>
    <message>
        <source>Data the application stores: writes always go to the primary</source>
        <translation>Des données que l’application enregistre&#xa0;: les écritures vont toujours à la primaire</translation>
    </message>
</context>
<context>
    <name>WireGesture</name>
    <message>
        <source>That component is no longer in the design.</source>
        <translation>Ce composant ne fait plus partie du schéma.</translation>
    </message>
    <message>
        <source>%1 cannot be linked to itself.</source>
        <translation>%1 ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 et %2 sont déjà reliés.</translation>
    </message>
    <message>
        <source>Linked, but this link makes no sense: %1</source>
        <translation>Relié, mais ce lien n’a pas de sens&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infralab::AboutDialog</name>
    <message>
        <source>About Infralab</source>
        <translation>À propos d’Infralab</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>See how a web request travels through real infrastructure: DNS, firewalls, a load balancer that ends HTTPS, web and application servers, databases and the monitoring that watches them.</source>
        <translation>Voyez comment une requête web traverse une véritable infrastructure&#xa0;: DNS, pare-feu, répartiteur de charge qui termine le HTTPS, serveurs web et d’applications, bases de données et la supervision qui veille sur eux.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Infralab authors</source>
        <translation>Copyright © 2026 Les auteurs d’Infralab</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Show the full text of the MIT License</source>
        <translation>Afficher le texte complet de la licence MIT</translation>
    </message>
</context>
<context>
    <name>infralab::AlertList</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>infralab::Autosave</name>
    <message>
        <source>%1: cannot be created</source>
        <translation>%1&#xa0;: création impossible</translation>
    </message>
    <message>
        <source>%1: is locked by another process</source>
        <translation>%1&#xa0;: verrouillé par un autre processus</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infralab::CanvasEditor</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 components</source>
        <translation>Supprimer %1 composants</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>Supprimer %1 éléments</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Copied %1 components.</source>
        <translation>%1 composants copiés.</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>Couper %1</translation>
    </message>
    <message>
        <source>Cut %1 components</source>
        <translation>Couper %1 composants</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Rien n’a été collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Nudge %1</source>
        <translation>Décaler %1</translation>
    </message>
    <message>
        <source>Nudge %1 components</source>
        <translation>Décaler %1 composants</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>infralab::DatabaseSection</name>
    <message>
        <source>Encrypted (TLS) from the application</source>
        <translation>Chiffrées (TLS) depuis l’application</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Failover:</source>
        <translation>&amp;Basculement&#xa0;:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Connexions&#xa0;:</translation>
    </message>
    <message>
        <source>Change role of %1 to %2</source>
        <translation>Changer le rôle de %1 en %2</translation>
    </message>
    <message>
        <source>Change failover of %1 to %2</source>
        <translation>Changer le basculement de %1 en %2</translation>
    </message>
    <message>
        <source>Encrypt connections to %1</source>
        <translation>Chiffrer les connexions à %1</translation>
    </message>
    <message>
        <source>Stop encrypting connections to %1</source>
        <translation>Ne plus chiffrer les connexions à %1</translation>
    </message>
</context>
<context>
    <name>infralab::DesignEditor</name>
    <message>
        <source>What this design shows, for whoever opens it next</source>
        <translation>Ce que montre ce schéma, pour la prochaine personne qui l’ouvrira</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Select a component on the canvas to edit its properties.</source>
        <translation>Sélectionnez un composant sur le canevas pour modifier ses propriétés.</translation>
    </message>
    <message>
        <source>Rename the design to %1</source>
        <translation>Renommer le schéma en %1</translation>
    </message>
    <message>
        <source>Change the domain to %1</source>
        <translation>Changer le domaine en %1</translation>
    </message>
    <message>
        <source>Change the design&apos;s description</source>
        <translation>Modifier la description du schéma</translation>
    </message>
</context>
<context>
    <name>infralab::DnsRecordsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>a record needs a name, such as www.foobar.com</source>
        <translation>un enregistrement a besoin d’un nom, comme www.foobar.com</translation>
    </message>
    <message>
        <source>the type must be one of %1</source>
        <translation>le type doit être l’un de %1</translation>
    </message>
    <message>
        <source>Resolves to %1 (%2)</source>
        <translation>Se résout en %1 (%2)</translation>
    </message>
    <message>
        <source>Add DNS record to %1</source>
        <translation>Ajouter un enregistrement DNS à %1</translation>
    </message>
    <message>
        <source>Remove DNS record %1 from %2</source>
        <translation>Retirer l’enregistrement DNS %1 de %2</translation>
    </message>
    <message>
        <source>Move DNS record %1 of %2 up</source>
        <translation>Monter l’enregistrement DNS %1 de %2</translation>
    </message>
    <message>
        <source>Move DNS record %1 of %2 down</source>
        <translation>Descendre l’enregistrement DNS %1 de %2</translation>
    </message>
    <message>
        <source>Change DNS record %1 of %2 to %3</source>
        <translation>Changer l’enregistrement DNS %1 de %2 en %3</translation>
    </message>
</context>
<context>
    <name>infralab::DnsSection</name>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>The browser asks DNS for the site’s address first.
A target is a component or an IP address.</source>
        <translation>Le navigateur demande d’abord l’adresse du site
au DNS. Une cible est un composant ou une
adresse IP.</translation>
    </message>
</context>
<context>
    <name>infralab::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Schéma sans titre</translation>
    </message>
    <message>
        <source>This design has no file yet: use Save As.</source>
        <translation>Ce schéma n’a pas encore de fichier&#xa0;: utilisez Enregistrer sous.</translation>
    </message>
</context>
<context>
    <name>infralab::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Moved and added components line up on the canvas grid</source>
        <translation>Les composants déplacés et ajoutés s’alignent sur la grille du canevas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Link Selected</source>
        <translation>&amp;Relier la sélection</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Link the two selected components</source>
        <translation>Relier les deux composants sélectionnés</translation>
    </message>
</context>
<context>
    <name>infralab::ExportAction</name>
    <message>
        <source>diagram</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG, SVG or PDF picture</source>
        <translation>Enregistrer le schéma comme image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>Could not export the diagram</source>
        <translation>Impossible d’exporter le schéma</translation>
    </message>
    <message>
        <source>Exported to %1 (%2 × %3)</source>
        <translation>Exporté vers %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>infralab::ExportDialog</name>
    <message>
        <source>&amp;White</source>
        <translation>&amp;Blanc</translation>
    </message>
    <message>
        <source>&amp;Transparent</source>
        <translation>&amp;Transparent</translation>
    </message>
    <message>
        <source>Selected components &amp;only</source>
        <translation>&amp;Uniquement les composants sélectionnés</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>2× gives an image twice as wide and twice as high: sharp on high-resolution screens and in print.</source>
        <translation>2× donne une image deux fois plus large et deux fois plus haute&#xa0;: nette sur les écrans haute résolution et à l’impression.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Space around the drawing, at scale 1×.</source>
        <translation>Espace autour du dessin, à l’échelle 1×.</translation>
    </message>
    <message>
        <source>Only the selected components and the links between them.</source>
        <translation>Seulement les composants sélectionnés et les liens entre eux.</translation>
    </message>
    <message>
        <source>Select components on the canvas to export only them.</source>
        <translation>Sélectionnez des composants sur le canevas pour n’exporter qu’eux.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marge&#xa0;:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fond&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>rien à exporter</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 × %2 px, vector: sharp at any zoom</source>
        <translation>%1 × %2 px, vectoriel&#xa0;: net à tout niveau de zoom</translation>
    </message>
    <message>
        <source>The file carries the design: open it in Infralab to edit it again.</source>
        <translation>Le fichier contient le schéma&#xa0;: ouvrez-le dans Infralab pour le modifier de nouveau.</translation>
    </message>
    <message>
        <source>The design is attached to the PDF; to reopen a picture in Infralab, export PNG or SVG.</source>
        <translation>Le schéma est joint au PDF&#xa0;; pour rouvrir une image dans Infralab, exportez en PNG ou en SVG.</translation>
    </message>
</context>
<context>
    <name>infralab::FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>Commencer un schéma vide</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Infralab did not close properly. Recover the unsaved changes to “%1”?</source>
        <translation>Infralab ne s’est pas fermé correctement. Récupérer les modifications non enregistrées de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>They were saved automatically on %1.</source>
        <translation>Elles ont été enregistrées automatiquement le %1.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Could not recover the design</source>
        <translation>Impossible de récupérer le schéma</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>infralab::FindingsDock</name>
    <message>
        <source>Design Critique</source>
        <translation>Critique du schéma</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Sélectionnez un problème pour voir pourquoi il compte et comment le corriger.</translation>
    </message>
    <message>
        <source>No issues found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>%1 (%2 severity)</source>
        <translation>%1 (gravité&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infralab::FirewallRulesModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>the action must be one of %1</source>
        <translation>l’action doit être l’une de %1</translation>
    </message>
    <message>
        <source>Traffic from anywhere, the internet included</source>
        <translation>Trafic de n’importe où, internet compris</translation>
    </message>
    <message>
        <source>Traffic from any %1</source>
        <translation>Trafic de tout composant de type %1</translation>
    </message>
    <message>
        <source>Traffic from %1</source>
        <translation>Trafic de %1</translation>
    </message>
    <message>
        <source>Add rule to %1</source>
        <translation>Ajouter une règle à %1</translation>
    </message>
    <message>
        <source>Remove rule %1 from %2</source>
        <translation>Retirer la règle %1 de %2</translation>
    </message>
    <message>
        <source>Move rule %1 of %2 up</source>
        <translation>Monter la règle %1 de %2</translation>
    </message>
    <message>
        <source>Move rule %1 of %2 down</source>
        <translation>Descendre la règle %1 de %2</translation>
    </message>
    <message>
        <source>Change rule %1 of %2 to %3</source>
        <translation>Changer la règle %1 de %2 en %3</translation>
    </message>
</context>
<context>
    <name>infralab::FirewallSection</name>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>&amp;When no rule matches:</source>
        <translation>&amp;Si aucune règle ne correspond&#xa0;:</translation>
    </message>
    <message>
        <source>Change default policy of %1 to %2</source>
        <translation>Changer la politique par défaut de %1 en %2</translation>
    </message>
    <message>
        <source>Rules are tried in order; the first match decides.
“From” is any, a kind of component or one component.</source>
        <translation>Règles essayées dans l’ordre&#xa0;; la première qui
correspond décide. «&#xa0;Depuis&#xa0;»&#xa0;: any, un type
de composant ou un composant.</translation>
    </message>
</context>
<context>
    <name>infralab::GeneralSection</name>
    <message>
        <source>No address</source>
        <translation>Pas d’adresse</translation>
    </message>
    <message>
        <source>An IPv4 address such as 8.8.8.8 (or IPv6); empty for none</source>
        <translation>Une adresse IPv4 comme 8.8.8.8 (ou IPv6)&#xa0;; vide s’il n’y en a pas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Clear IP address of %1</source>
        <translation>Effacer l’adresse IP de %1</translation>
    </message>
    <message>
        <source>Change IP address of %1 to %2</source>
        <translation>Changer l’adresse IP de %1 en %2</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>infralab::GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>infralab::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Infralab &amp;Guide</source>
        <translation>&amp;Guide d’Infralab</translation>
    </message>
    <message>
        <source>What Infralab can do and how to use it</source>
        <translation>Ce que fait Infralab et comment s’en servir</translation>
    </message>
    <message>
        <source>&amp;About Infralab</source>
        <translation>À &amp;propos d’Infralab</translation>
    </message>
    <message>
        <source>The version and licence of Infralab</source>
        <translation>La version et la licence d’Infralab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit</source>
        <translation>La version et la licence de la bibliothèque Qt</translation>
    </message>
</context>
<context>
    <name>infralab::InspectorDock</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>infralab::JsonRowsModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infralab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Applies the next time Infralab starts</source>
        <translation>S’applique au prochain démarrage d’Infralab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>System default (Français)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language set to %1: it applies the next time Infralab starts.</source>
        <translation>Langue choisie&#xa0;: %1. Elle s’appliquera au prochain démarrage d’Infralab.</translation>
    </message>
</context>
<context>
    <name>infralab::LiveLineChart</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (aucune donnée)</translation>
    </message>
    <message>
        <source>%1 · %2 s · %3</source>
        <translation>%1 · %2&#xa0;s · %3</translation>
    </message>
</context>
<context>
    <name>infralab::LoadBalancerSection</name>
    <message>
        <source>Load balancing</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Logiciel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;HTTPS:</source>
        <translation>&amp;HTTPS&#xa0;:</translation>
    </message>
    <message>
        <source>Change algorithm of %1 to %2</source>
        <translation>Changer l’algorithme de %1 en %2</translation>
    </message>
    <message>
        <source>Change TLS mode of %1 to %2</source>
        <translation>Changer le mode TLS de %1 en %2</translation>
    </message>
    <message>
        <source>Change software of %1 to %2</source>
        <translation>Changer le logiciel de %1 en %2</translation>
    </message>
</context>
<context>
    <name>infralab::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New from Preset</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a design from a file</source>
        <translation>Ouvrir un schéma depuis un fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Enregistrer le schéma</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Fit the whole design in the window</source>
        <translation>Faire tenir tout le schéma dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Could not open the design</source>
        <translation>Impossible d’ouvrir le schéma</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir un schéma</translation>
    </message>
    <message>
        <source>Infralab designs (*.infralab.json *.png *.svg);;All files (*)</source>
        <translation>Schémas Infralab (*.infralab.json *.png *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save the design</source>
        <translation>Impossible d’enregistrer le schéma</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Enregistrer le schéma sous</translation>
    </message>
    <message>
        <source>Infralab designs (*.infralab.json);;All files (*)</source>
        <translation>Schémas Infralab (*.infralab.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1[*] — Infralab</source>
        <translation>%1[*] — Infralab</translation>
    </message>
    <message>
        <source>No issues</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 issues</source>
        <translation>%1 problèmes</translation>
    </message>
</context>
<context>
    <name>infralab::NodeFailureActions</name>
    <message>
        <source>&amp;Fail %1</source>
        <translation>&amp;Mettre %1 en panne</translation>
    </message>
    <message>
        <source>&amp;Fail %1 Components</source>
        <translation>&amp;Mettre %1 composants en panne</translation>
    </message>
    <message>
        <source>&amp;Fail Selected</source>
        <translation>&amp;Mettre la sélection en panne</translation>
    </message>
    <message>
        <source>Re&amp;cover %1</source>
        <translation>Ré&amp;tablir %1</translation>
    </message>
    <message>
        <source>Re&amp;cover %1 Components</source>
        <translation>Ré&amp;tablir %1 composants</translation>
    </message>
    <message>
        <source>Re&amp;cover Selected</source>
        <translation>Ré&amp;tablir la sélection</translation>
    </message>
    <message>
        <source>Stop it in the running simulation, as if it crashed; a server takes down what it runs</source>
        <translation>L’arrêter dans la simulation en cours, comme s’il avait planté&#xa0;; un serveur entraîne ce qu’il fait tourner</translation>
    </message>
    <message>
        <source>Start it again in the running simulation</source>
        <translation>Le redémarrer dans la simulation en cours</translation>
    </message>
</context>
<context>
    <name>infralab::NodeLiveStateItem</name>
    <message>
        <source>Down: you failed it (right-click, Recover)</source>
        <translation>En panne&#xa0;: vous l’avez arrêté (clic droit, Rétablir)</translation>
    </message>
    <message>
        <source>Down: its server is down</source>
        <translation>En panne&#xa0;: son serveur est en panne</translation>
    </message>
    <message>
        <source>CPU: %1% of its machine in the last simulated second</source>
        <translation>Processeur&#xa0;: %1&#xa0;% de sa machine pendant la dernière seconde simulée</translation>
    </message>
    <message>
        <source>Dropped %1 packets in the last simulated second, %2 since the start</source>
        <translation>%1 paquets rejetés pendant la dernière seconde simulée, %2 depuis le début</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>PANNE</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>infralab::PaletteDock</name>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag onto the canvas to add one.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Glissez-le sur le canevas pour en ajouter un.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>infralab::RowsEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter un élément (%1)</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Retirer l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move the selected %1 up</source>
        <translation>Monter l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move the selected %1 down</source>
        <translation>Descendre l’élément sélectionné (%1)</translation>
    </message>
</context>
<context>
    <name>infralab::SeveralNodesEditor</name>
    <message>
        <source>Shared properties</source>
        <translation>Propriétés communes</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n components selected</source>
        <translation>
            <numerusform>%n composant sélectionné</numerusform>
            <numerusform>%n composants sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>A change applies to all of them. Where they differ, the field says “Mixed”.</source>
        <translation>Une modification s’applique à tous. Là où ils diffèrent, le champ indique «&#xa0;Variable&#xa0;».</translation>
    </message>
    <message>
        <source>A change applies to all of them. Select components of one kind to edit the settings of that kind together.</source>
        <translation>Une modification s’applique à tous. Sélectionnez des composants d’un même type pour modifier ensemble les réglages de ce type.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Rename %1 components to %2</source>
        <translation>Renommer %1 composants en %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Changer %1 de %2</translation>
    </message>
    <message>
        <source>Change %1 on %2 components</source>
        <translation>Changer %1 sur %2 composants</translation>
    </message>
</context>
<context>
    <name>infralab::SimulationChartsDock</name>
    <message>
        <source>Live Charts</source>
        <translation>Graphiques en direct</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>Processeur %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>drops/s</source>
        <translation>rejets/s</translation>
    </message>
    <message>
        <source>%1 drops/s</source>
        <translation>%1 rejets/s</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Queries per Second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Firewall Drops</source>
        <translation>Rejets des pare-feu</translation>
    </message>
    <message>
        <source>CPU of each monitored server, in percent</source>
        <translation>Processeur de chaque serveur supervisé, en pourcentage</translation>
    </message>
    <message>
        <source>Requests each monitored web server received, per second</source>
        <translation>Requêtes reçues par chaque serveur web supervisé, par seconde</translation>
    </message>
    <message>
        <source>Packets each firewall&apos;s rules dropped, per second</source>
        <translation>Paquets rejetés par les règles de chaque pare-feu, par seconde</translation>
    </message>
    <message>
        <source>Start the traffic simulation to see its numbers here.</source>
        <translation>Lancez la simulation de trafic pour voir ses chiffres ici.</translation>
    </message>
    <message>
        <source>No data: no server has a monitoring agent reporting to a monitoring service.</source>
        <translation>Aucune donnée&#xa0;: aucun serveur n’a d’agent de supervision qui rende compte à un service de supervision.</translation>
    </message>
    <message>
        <source>No data: no web server is monitored.</source>
        <translation>Aucune donnée&#xa0;: aucun serveur web n’est supervisé.</translation>
    </message>
    <message>
        <source>No firewall in this design: nothing is dropped.</source>
        <translation>Aucun pare-feu dans ce schéma&#xa0;: rien n’est rejeté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no data: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — aucune donnée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Charts as Image…</source>
        <translation>Enregistrer les graphiques en image…</translation>
    </message>
    <message>
        <source>Save the three charts as a PNG image, for a report</source>
        <translation>Enregistrer les trois graphiques en image PNG, pour un rapport</translation>
    </message>
    <message>
        <source>Save Charts as Image</source>
        <translation>Enregistrer les graphiques en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the charts</source>
        <translation>Impossible d’enregistrer les graphiques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>infralab::SimulationController</name>
    <message>
        <source>The design changed: the simulation restarted from 0:00 on the edited design</source>
        <translation>Le schéma a changé&#xa0;: la simulation a repris à 0:00 sur le schéma modifié</translation>
    </message>
    <message>
        <source>The design changed: the simulation restarted from 0:00 on the edited design, with the failed components still down</source>
        <translation>Le schéma a changé&#xa0;: la simulation a repris à 0:00 sur le schéma modifié, les composants en panne le restant</translation>
    </message>
</context>
<context>
    <name>infralab::SimulationToolBar</name>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Back to 0:00 with every component up</source>
        <translation>Retour à 0:00, tous les composants en service</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Legitimate requests the browsers send, per second</source>
        <translation>Requêtes légitimes envoyées par les navigateurs, par seconde</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>&amp;Attack</source>
        <translation>&amp;Attaque</translation>
    </message>
    <message>
        <source>Send what the internet sends to any public address: port scans, SSH and MySQL password guesses, a flood of page requests</source>
        <translation>Envoyer ce qu’internet envoie à toute adresse publique&#xa0;: scans de ports, essais de mots de passe SSH et MySQL, déluge de requêtes de pages</translation>
    </message>
    <message>
        <source>Attack packets sent per second</source>
        <translation>Paquets d’attaque envoyés par seconde</translation>
    </message>
    <message>
        <source>How fast simulated time runs</source>
        <translation>La vitesse à laquelle s’écoule le temps simulé</translation>
    </message>
    <message>
        <source>Simulated time since the start</source>
        <translation>Temps simulé depuis le début</translation>
    </message>
    <message>
        <source>slowed down</source>
        <translation>ralentie</translation>
    </message>
    <message>
        <source>This computer cannot simulate this much traffic at this speed: the simulated clock runs slower</source>
        <translation>Cet ordinateur ne peut pas simuler autant de trafic à cette vitesse&#xa0;: l’horloge simulée ralentit</translation>
    </message>
    <message>
        <source>Why no request can get in</source>
        <translation>Pourquoi aucune requête ne peut entrer</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the simulation; failing and recovering still work</source>
        <translation>Mettre la simulation en pause&#xa0;; les pannes et rétablissements restent possibles</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Run the traffic simulation on this design</source>
        <translation>Lancer la simulation de trafic sur ce schéma</translation>
    </message>
    <message>
        <source>%1
Attack traffic still runs.</source>
        <translation>%1
Le trafic d’attaque continue.</translation>
    </message>
</context>
<context>
    <name>infralab::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&lt;design as opened&gt;</source>
        <translation>&lt;schéma à l’ouverture&gt;</translation>
    </message>
</context>
<context>
    <name>infralab::WalkthroughPanel</name>
    <message>
        <source>Walkthrough</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next Request</source>
        <translation>Requête suivante</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>How fast the request travels and the steps follow each other</source>
        <translation>La vitesse à laquelle la requête voyage et les étapes s’enchaînent</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>%1   ·   %2</source>
        <translation>%1   ·   %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>This design sends no request to follow.</source>
        <translation>Ce schéma n’envoie aucune requête à suivre.</translation>
    </message>
    <message>
        <source>Press Play to follow one request through this design, from the browser and back, one step at a time.</source>
        <translation>Appuyez sur Lecture pour suivre une requête à travers ce schéma, du navigateur jusqu’au retour, une étape à la fois.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pause (%1)</translation>
    </message>
    <message>
        <source>Send the next request: the load balancer may pick another server (%1)</source>
        <translation>Envoyer la requête suivante&#xa0;: le répartiteur de charge peut choisir un autre serveur (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the walkthrough (%1)</source>
        <translation>Lire le parcours (%1)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>infralab::WebServerSection</name>
    <message>
        <source>Holds the certificate (HTTPS ends here)</source>
        <translation>Détient le certificat (le HTTPS se termine ici)</translation>
    </message>
    <message>
        <source>nginx, apache…</source>
        <translation>nginx, apache…</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Logiciel&#xa0;:</translation>
    </message>
    <message>
        <source>HTTPS:</source>
        <translation>HTTPS&#xa0;:</translation>
    </message>
    <message>
        <source>Change software of %1 to %2</source>
        <translation>Changer le logiciel de %1 en %2</translation>
    </message>
    <message>
        <source>Give %1 the certificate</source>
        <translation>Donner le certificat à %1</translation>
    </message>
    <message>
        <source>Take the certificate from %1</source>
        <translation>Retirer le certificat à %1</translation>
    </message>
</context>
</TS>
