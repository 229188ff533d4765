<?php
/**
 * Plugin Name:       Coordinator Check
 * Plugin URI:        https://github.com/coordinator-check/coordinator-check
 * Description:       A short check of how well your care co-ordinator is doing, and what to do next. Add it with the "Coordinator check" block or the [coordinator_check] shortcode. Answers never leave the reader's device.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       coordinator-check
 *
 * @package CoordinatorCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const COORDINATOR_CHECK_VERSION = '0.1.0';

/** The nations the widget knows; anything else falls back to England. */
const COORDINATOR_CHECK_REGIONS = array( 'england', 'scotland', 'wales', 'northern-ireland' );

/**
 * The bundle ships inside the plugin (no CDN, no request to anyone else). It is the classic-script
 * build, so it loads on every WordPress version the plugin supports, in the footer, only on pages
 * that show a check.
 */
function coordinator_check_register_assets() {
	wp_register_script(
		'coordinator-check',
		plugins_url( 'assets/coordinator-check.iife.js', __FILE__ ),
		array(),
		COORDINATOR_CHECK_VERSION,
		true
	);
}

/**
 * Checks the attributes an author chose. The values are stored in the post as plain data (a block
 * comment or a shortcode), so authors without `unfiltered_html` can use them; they are checked here
 * and escaped on output, and the widget checks them again.
 *
 * @param array $atts Attributes by their block names (roleName, contactPhone, ...).
 * @return array Attribute name on the element => value, only those given and valid.
 */
function coordinator_check_attributes( $atts ) {
	$out    = array();
	$region = isset( $atts['region'] ) ? strtolower( trim( (string) $atts['region'] ) ) : '';
	if ( in_array( $region, COORDINATOR_CHECK_REGIONS, true ) ) {
		$out['region'] = $region;
	}
	$texts = array(
		'roleName'     => array( 'role-name', 60 ),
		'contactName'  => array( 'contact-name', 200 ),
		'contactPhone' => array( 'contact-phone', 40 ),
		'contactEmail' => array( 'contact-email', 200 ),
	);
	foreach ( $texts as $key => list( $name, $max ) ) {
		$value = isset( $atts[ $key ] ) ? trim( sanitize_text_field( (string) $atts[ $key ] ) ) : '';
		if ( '' !== $value ) {
			$out[ $name ] = mb_substr( $value, 0, $max );
		}
	}
	if ( isset( $out['contact-email'] ) && ! is_email( $out['contact-email'] ) ) {
		unset( $out['contact-email'] );
	}
	$url = isset( $atts['contactUrl'] ) ? esc_url_raw( trim( (string) $atts['contactUrl'] ), array( 'https', 'http' ) ) : '';
	if ( '' !== $url ) {
		$out['contact-url'] = $url;
	}
	$level = isset( $atts['headingLevel'] ) ? absint( $atts['headingLevel'] ) : 0;
	if ( $level >= 1 && $level <= 6 ) {
		$out['heading-level'] = (string) $level;
	}
	return $out;
}

/**
 * The markup for one check: the element, every attribute escaped, with words for readers whose
 * browser does not run the script.
 *
 * @param array $atts Attributes by their block names.
 * @return string HTML.
 */
function coordinator_check_render( $atts ) {
	wp_enqueue_script( 'coordinator-check' );
	$html = '<coordinator-check';
	foreach ( coordinator_check_attributes( is_array( $atts ) ? $atts : array() ) as $name => $value ) {
		$html .= ' ' . $name . '="' . ( 'contact-url' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	$html .= '><p>' . esc_html__(
		'This check needs JavaScript. A good care co-ordinator keeps your team informed, is organised, really listens, is easy to talk to and easy to reach. If yours falls short, talk to them first, then ask your team manager.',
		'coordinator-check'
	) . '</p></coordinator-check>';
	return $html;
}

/**
 * `[coordinator_check region="wales" role_name="key worker"]`: the same check as the block, for
 * classic posts and widgets. Attribute names use underscores, as shortcodes do.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string HTML.
 */
function coordinator_check_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'region'        => '',
			'role_name'     => '',
			'contact_name'  => '',
			'contact_phone' => '',
			'contact_email' => '',
			'contact_url'   => '',
			'heading_level' => '',
		),
		$atts,
		'coordinator_check'
	);
	return coordinator_check_render(
		array(
			'region'       => $atts['region'],
			'roleName'     => $atts['role_name'],
			'contactName'  => $atts['contact_name'],
			'contactPhone' => $atts['contact_phone'],
			'contactEmail' => $atts['contact_email'],
			'contactUrl'   => $atts['contact_url'],
			'headingLevel' => $atts['heading_level'],
		)
	);
}

function coordinator_check_init() {
	coordinator_check_register_assets();
	// The editor script is plain JavaScript on the wp.* globals: no build step.
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'coordinator_check_render' ) );
	add_shortcode( 'coordinator_check', 'coordinator_check_shortcode' );
}
add_action( 'init', 'coordinator_check_init' );

// In the editor too, so the block's preview is the working check, not only its fallback words.
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'coordinator-check' );
	}
);
