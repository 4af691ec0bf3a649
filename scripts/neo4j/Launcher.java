// Starts Neo4j Community 5.26 in process (neo4j-harness) on loopback and blocks until SIGTERM.
// Usage: java -cp "lib/*" Launcher.java <dataDir> <boltPort> <httpPort> <pageCache> <pluginDir>
// Why the harness: Neo4j ships on Maven Central only as libraries, not as the server tarball.
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class Launcher {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]).toAbsolutePath();
    int bolt = Integer.parseInt(args[1]);
    int http = Integer.parseInt(args[2]);
    String pageCache = args[3];
    Path plugins = Path.of(args[4]).toAbsolutePath();
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(data)
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
        .withConfig(HttpConnector.enabled, true)
        .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", http))
        .withConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
        .withConfig(GraphDatabaseSettings.auth_enabled, false)
        .withConfig(GraphDatabaseSettings.plugin_dir, plugins)
        .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
        // The harness deletes its directory on close unless told to keep it: the graph must persist.
        .withConfig(GraphDatabaseSettings.data_directory, data.resolve("data"))
        .build();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      neo4j.close();
      stop.countDown();
    }));
    System.out.println("govkg-neo4j ready bolt=" + neo4j.boltURI() + " http=" + neo4j.httpURI());
    System.out.flush();
    stop.await();
  }
}
