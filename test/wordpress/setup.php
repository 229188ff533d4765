<?php
// Installs the test site, activates the plugin and publishes two posts as an author (who lacks
// unfiltered_html), the way a real author's posts go through kses. Prints what it made as JSON.
// Usage: php setup.php /path/to/site [posts.json], where posts.json maps more posts' names to their
// content, published by the author in the same way.
define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Coordinator check test', 'admin', 'admin@example.org', false, '', wp_generate_password() );
$activated = activate_plugin( 'coordinator-check/coordinator-check.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

// The author's password is handed to the test, which signs in to the block editor with it.
$author_password = wp_generate_password( 24, false );
$author          = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => $author_password,
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);
wp_set_current_user( $author );
kses_init(); // Filters what the author saves, as WordPress does for a logged-in author.

$block = serialize_block(
	array(
		'blockName'    => 'coordinator-check/check',
		'attrs'        => array(
			'region'       => 'scotland',
			'roleName'     => 'lead professional',
			'headingLevel' => 3,
			'contactName'  => 'Ward "A" advice line',
			'contactUrl'   => 'javascript:alert(1)',
		),
		'innerBlocks'  => array(),
		'innerHTML'    => '',
		'innerContent' => array(),
	)
);
$posts = array(
	'block'     => "<!-- wp:paragraph --><p>Before the check.<script>document.title = 'script ran';</script></p><!-- /wp:paragraph -->\n" . $block,
	'shortcode' => "<!-- wp:paragraph --><p>Before the check.</p><!-- /wp:paragraph -->\n"
		. '<!-- wp:shortcode -->[coordinator_check region="wales" role_name="key worker" heading_level="9" contact_url="javascript:alert(1)"]<!-- /wp:shortcode -->',
);
if ( isset( $argv[2] ) ) {
	$posts = array_merge( $posts, json_decode( file_get_contents( $argv[2] ), true ) );
}
$out = array(
	'author'                  => array(
		'login'    => 'author',
		'password' => $author_password,
	),
	'authorCanUnfilteredHtml' => current_user_can( 'unfiltered_html' ),
	'pluginActive'            => is_plugin_active( 'coordinator-check/coordinator-check.php' ),
	'posts'                   => array(),
);
foreach ( $posts as $name => $content ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => "A check in a $name",
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, 'wp_insert_post: ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$out['posts'][ $name ] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'saved'   => get_post_field( 'post_content', $id, 'raw' ),
		'status'  => get_post_status( $id ),
	);
}
echo wp_json_encode( $out );
