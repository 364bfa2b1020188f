// Imports the package's built entry (dist/index.js, lit external) the way an app does.
import '/dist/index.js';
