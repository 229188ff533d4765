<?php
// PHP's built-in server: real files as they are, everything else to WordPress's front controller.
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && is_file( __DIR__ . '/site' . $path ) ) {
	return false;
}
chdir( __DIR__ . '/site' );
require __DIR__ . '/site/index.php';
